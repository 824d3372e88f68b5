#!/usr/bin/env bash
# OTLP/HTTP protobuf ingestion against native ingestion, in one run on one fresh server (docs/BENCHMARKS.md,
# "OTLP ingestion"): POST /api/v1/traces (JSON) and POST /otlp/v1/traces (ExportTraceServiceRequest,
# application/x-protobuf), both with batches of 512 GenAI spans carrying the same texts, each scenario followed by
# the time the store takes to absorb what was acknowledged. Scenarios run in the order native, OTLP, OTLP, native
# (each endpoint's result is the mean of its two windows), so that a drift during the run (the store growing, the
# JIT, other processes) weighs on both alike. Prints a markdown table and the OTLP/native ratios.
# Settings (environment): BENCH_BATCH (512), BENCH_CONNECTIONS (8), BENCH_DURATION (20s), BENCH_WARMUP (10s),
#   BENCH_ORDER ("traces otlp otlp traces"), BENCH_SERVER_ARGS (the server settings below), BENCH_RESULTS (a file to
#   append each scenario's JSON line to), BENCH_SKIP_BUILD, TRUSTPLANE_JAVA_OPTS (bench/lib.sh).
# The server runs with two settings changed, for both endpoints alike:
# - trustplane.guard.scan-ingested=false: the guard's background scan of ingested spans scans far fewer spans per
#   second than are ingested here, so it would still be working through one scenario's spans during the next;
# - trustplane.ingest.max-projection-lag=8GB (default 1GB): acknowledged spans outrun the store by 40,000-70,000
#   spans/s here, and with the default the backlog reaches 1 GB within a scenario and ingestion answers 503 (the
#   designed backpressure), which would mix the store's rate into the receiver's.
# 512 native spans are about 400 KB, below trustplane.ingest.max-body-size (1 MB); for native batches above about
# 1,300 spans add --trustplane.ingest.max-body-size=16MB to BENCH_SERVER_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh
source bench/lib.sh

batch=${BENCH_BATCH:-512}
connections=${BENCH_CONNECTIONS:-8}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-10s}

bench_build
# shellcheck disable=SC2086 # the arguments are meant to be split
start_server ${BENCH_SERVER_ARGS:---trustplane.guard.scan-ingested=false --trustplane.ingest.max-projection-lag=8GB}

echo "warming up the server..." >&2
load --endpoint traces --batch "$batch" --connections "$connections" --warmup 0s --duration 10s >/dev/null
load --endpoint otlp --batch "$batch" --connections "$connections" --warmup 0s --duration 10s >/dev/null

results=$(mktemp)
for endpoint in ${BENCH_ORDER:-traces otlp otlp traces}; do
  line=$(measure "$endpoint" "$batch" "$connections")
  echo "$line" >>"$results"
  [ -z "${BENCH_RESULTS:-}" ] || echo "$line" >>"$BENCH_RESULTS"
  echo "  $line" >&2
done

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
names = {"traces": "native JSON", "otlp": "OTLP protobuf"}
def failures(r):
    return "" if not r["failures"] else f' (failures: {r["failures"]})'
print("| # | Scenario | Connections | Body bytes per span | Requests/s | Spans/s acknowledged | p50 ms | p99 ms | "
      "Spans/s end to end¹ | Server CPU µs per span² | Other processes (cores) |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for i, r in enumerate(rows, 1):
    print(f'| {i} | {names[r["endpoint"]]}, {r["batch"]} spans/request | {r["connections"]} | {r["bodyBytes"] / r["batch"]:,.0f} | '
          f'{r["requestsPerSecond"]:,.1f} | {r["spansPerSecond"]:,.0f} | {r["p50Ms"]:.1f} | {r["p99Ms"]:.1f} | '
          f'{r["endToEndSpansPerSecond"]:,.0f} | {r.get("serverCpuMicrosPerSpan", 0):.1f} | {r["otherCores"]:.2f}{failures(r)} |')
keys = ["requestsPerSecond", "spansPerSecond", "p50Ms", "p99Ms", "endToEndSpansPerSecond", "serverCpuMicrosPerSpan"]
mean = {}
for endpoint in ("traces", "otlp"):
    mine = [r for r in rows if r["endpoint"] == endpoint]
    if mine:
        mean[endpoint] = {k: sum(r.get(k, 0) for r in mine) / len(mine) for k in keys}
print()
print("| Mean of the windows | Requests/s | Spans/s acknowledged | p50 ms | p99 ms | Spans/s end to end¹ | Server CPU µs per span² |")
print("|---|---|---|---|---|---|---|")
for endpoint, m in mean.items():
    print(f'| {names[endpoint]} | {m["requestsPerSecond"]:,.1f} | {m["spansPerSecond"]:,.0f} | {m["p50Ms"]:.1f} | {m["p99Ms"]:.1f} | '
          f'{m["endToEndSpansPerSecond"]:,.0f} | {m["serverCpuMicrosPerSpan"]:.1f} |')
if len(mean) == 2:
    o, n = mean["otlp"], mean["traces"]
    print("| **OTLP / native** | " + " | ".join(f'**{o[k] / n[k]:.2f}**' for k in keys) + " |")
print()
print("¹ acknowledged spans, warm-up included, divided by the time from the start of the scenario until the store had absorbed all of them.")
print("² the server process's CPU time over the middle of the measured window, divided by the spans acknowledged in it;")
print("  it includes the projection into the store running at the same time.")
PY
rm -f "$results"
