#!/usr/bin/env bash
# Prediction logging (model monitoring) against native trace ingestion, in one run on one fresh server
# (docs/BENCHMARKS.md, "Prediction logging (model monitoring)"): POST /api/v1/traces (batches of 512 spans, the
# baseline) and POST /api/v1/models/bench-credit/versions/1.0.0/predictions (batches of 512 predictions of a binary
# classifier with 20 declared features, a protected attribute and a segment tag), each window followed by the time the
# store takes to absorb what was acknowledged: for predictions, until the prediction projector has stored them and
# updated the hourly monitoring windows (WindowAggregator) in the same transactions. Windows run in the order
# traces, predictions, predictions, traces (each endpoint's result is the mean of its windows), then one ground-truth
# window for the ids of the last predictions window (its joins go through the window aggregates too). Prints markdown
# tables and the predictions/native ratios.
# Settings (environment): BENCH_BATCH (512), BENCH_CONNECTIONS (8), BENCH_DURATION (20s), BENCH_WARMUP (10s),
#   BENCH_FEATURES (20), BENCH_ORDER ("traces predictions predictions traces ground-truth"; "predictions:100" is a
#   predictions window with 100 features), BENCH_SERVER_ARGS (the server settings below), BENCH_RESULTS (a file to
#   append each window's JSON line to), BENCH_SKIP_BUILD, TRUSTPLANE_JAVA_OPTS (bench/lib.sh).
# The server runs with the settings of bench/otlp.sh, for every endpoint alike:
# - trustplane.guard.scan-ingested=false: the guard's scan of ingested spans would still run during the next window;
# - trustplane.ingest.max-projection-lag=8GB (default 1GB): acknowledged items outrun the store, and with the default the
#   answers become the designed 503 within a window, which would mix the store's rate into the receiver's. Each window
#   reports the backlog left when its load stopped ("backlogBytes"), to compare with the default.
# All windows share one project (and so one model version and its current hour's windows, as in production).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh
source bench/lib.sh

batch=${BENCH_BATCH:-512}
connections=${BENCH_CONNECTIONS:-8}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-10s}
features=${BENCH_FEATURES:-20}
run=$(date +%s)

bench_build
# shellcheck disable=SC2086 # the arguments are meant to be split
start_server ${BENCH_SERVER_ARGS:---trustplane.guard.scan-ingested=false --trustplane.ingest.max-projection-lag=8GB}
key=$("$JAVA_HOME/bin/java" -jar bench/target/trustplane-bench.jar --url "$url" --admin-key "$admin_key" --setup-only \
  --features "$features")
auth=(--key "$key")

echo "warming up the server..." >&2
load --endpoint traces --batch "$batch" --connections "$connections" --warmup 0s --duration 10s >/dev/null
load --endpoint predictions --batch "$batch" --connections "$connections" --features "$features" --run-id "w$run" \
  --warmup 0s --duration 10s >/dev/null
await_projected

results=$(mktemp)
window=0
last_predictions=""
for scenario in ${BENCH_ORDER:-traces predictions predictions traces ground-truth}; do
  window=$((window + 1))
  endpoint=${scenario%%:*}
  extra=()
  case $endpoint in
    predictions)
      n=$features; [ "$scenario" = "$endpoint" ] || n=${scenario#*:}
      last_predictions="p$run.$window"
      extra=(--features "$n" --run-id "$last_predictions") ;;
    ground-truth)
      [ -n "$last_predictions" ] || { echo "ground-truth needs a predictions window before it" >&2; exit 1; }
      extra=(--run-id "$last_predictions") ;;
  esac
  joined0=$(metric trustplane_monitoring_outcomes_joined_total)
  line=$(measure "$endpoint" "$batch" "$connections" "${extra[@]}")
  joined1=$(metric trustplane_monitoring_outcomes_joined_total)
  line=$(python3 -c 'import json, sys; r = json.loads(sys.argv[1]); r["features"] = int(sys.argv[2]) if sys.argv[2] else None; '\
'r["joined"] = round(float(sys.argv[4]) - float(sys.argv[3])); print(json.dumps(r))' "$line" "${n:-}" "$joined0" "$joined1")
  n=""
  echo "$line" >>"$results"
  [ -z "${BENCH_RESULTS:-}" ] || echo "$line" >>"$BENCH_RESULTS"
  echo "  $line" >&2
done

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def name(r):
    if r["endpoint"] == "traces":
        return f'native traces, {r["batch"]} spans'
    if r["endpoint"] == "predictions":
        return f'predictions, {r["batch"]} × {r["features"]} features'
    return f'ground truth, {r["batch"]} items'
def key(r):
    return (r["endpoint"], r.get("features") if r["endpoint"] == "predictions" else None)
def failures(r):
    return "" if not r["failures"] else f' (failures: {r["failures"]})'
def threads(r, top=5):
    return ", ".join(f"{k} {v:.2f}" for k, v in list(r["serverThreadCores"].items())[:top])
print("| # | Window | Connections | Body bytes per item | Requests/s | Items/s acknowledged | p50 ms | p99 ms | "
      "Items/s end to end¹ | Drain items/s² | Backlog MB³ | Server CPU µs per item⁴ | Server cores | Other processes (cores) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for i, r in enumerate(rows, 1):
    backlog = max(r.get("backlogBytes", {}).values() or [0]) / 1e6
    print(f'| {i} | {name(r)} | {r["connections"]} | {r["bodyBytes"] / r["batch"]:,.0f} | {r["requestsPerSecond"]:,.1f} | '
          f'{r["spansPerSecond"]:,.0f} | {r["p50Ms"]:.1f} | {r["p99Ms"]:.1f} | {r["endToEndSpansPerSecond"]:,.0f} | '
          f'{r.get("drainSpansPerSecond", 0):,.0f} | {backlog:,.0f} | {r.get("serverCpuMicrosPerSpan", 0):.1f} | '
          f'{r["serverCores"]:.2f} | {r["otherCores"]:.2f}{failures(r)} |')
print()
print("Server threads by CPU (cores) over the middle of each window:")
for i, r in enumerate(rows, 1):
    joined = f'; outcomes joined: {r["joined"]:,}' if r["endpoint"] == "ground-truth" else ""
    print(f'- window {i}, {name(r)}: {threads(r)}{joined}')
print()
keys = ["requestsPerSecond", "spansPerSecond", "p50Ms", "p99Ms", "endToEndSpansPerSecond", "drainSpansPerSecond",
        "serverCpuMicrosPerSpan"]
groups = {}
for r in rows:
    groups.setdefault(key(r), []).append(r)
mean = {k: {m: sum(r.get(m, 0) for r in rs) / len(rs) for m in keys} for k, rs in groups.items()}
print("| Mean of the windows | Requests/s | Items/s acknowledged | p50 ms | p99 ms | Items/s end to end¹ | Drain items/s² | "
      "Server CPU µs per item⁴ |")
print("|---|---|---|---|---|---|---|---|")
for k, m in mean.items():
    print(f'| {name(groups[k][0])} | {m["requestsPerSecond"]:,.1f} | {m["spansPerSecond"]:,.0f} | {m["p50Ms"]:.1f} | '
          f'{m["p99Ms"]:.1f} | {m["endToEndSpansPerSecond"]:,.0f} | {m["drainSpansPerSecond"]:,.0f} | {m["serverCpuMicrosPerSpan"]:.1f} |')
base = mean.get(("traces", None))
for k, m in mean.items():
    if base and k[0] == "predictions":
        print(f'| **{name(groups[k][0])} / native** | ' + " | ".join(
            f'**{m[x] / base[x]:.2f}**' if base[x] else "—" for x in keys) + " |")
print()
print("¹ acknowledged items, warm-up included, divided by the time from the start of the window until the store had absorbed")
print("  all of them (predictions: stored and aggregated into the monitoring windows by the prediction projector).")
print("² the store's rate once the load had stopped (0: nothing left to drain).")
print("³ event-log bytes the slower consumer had still to project when the load stopped.")
print("⁴ the server process's CPU over the middle of the measured window divided by the items acknowledged in it; it")
print("  includes the projection running at the same time.")
PY
rm -f "$results"
