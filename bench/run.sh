#!/usr/bin/env bash
# Ingestion benchmark, end to end, in one run on this machine:
#   builds the server and the load generator, starts a fresh server (temporary data dir), and measures
#   POST /api/v1/noop and POST /api/v1/traces with 1 and with 100 spans per request, then how long the
#   store takes to absorb what was acknowledged. Prints a markdown table for docs/BENCHMARKS.md.
# Settings (environment): BENCH_DURATION (20s), BENCH_WARMUP (10s), BENCH_CONNECTIONS_BATCH1 (32),
#   BENCH_CONNECTIONS_BATCH100 (16), TRUSTPLANE_JAVA_OPTS (server JVM options).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh

duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-10s}
conn1=${BENCH_CONNECTIONS_BATCH1:-32}
conn100=${BENCH_CONNECTIONS_BATCH100:-16}
admin_key="bench-admin-$(date +%s)-0123456789abcdef"

./mvnw -q -B -DskipTests package
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
TRUSTPLANE_SECURITY_ADMIN_KEY=$admin_key TRUSTPLANE_LOG_FORMAT=text \
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${TRUSTPLANE_JAVA_OPTS:-} \
  -jar server/target/trustplane-server.jar --server.port="$port" --trustplane.store.data-dir="$data" \
  >"$data/server.log" 2>&1 &
server_pid=$!
cleanup() { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -sf "$url/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "$url/health/ready" >/dev/null || { echo "server did not become ready; log:" >&2; tail -50 "$data/server.log" >&2; exit 1; }

# Reads one sample from /metrics. awk reads all input (no early exit) so curl never hits SIGPIPE under pipefail.
metric() { curl -s "$url/metrics" | awk -v name="$1" '!found && ($1 ~ "^"name"[{ ]" || $1 == name) { print $2; found = 1 }'; }
await_projected() { # waits until the store has absorbed everything acknowledged
  while [ "$(metric trustplane_projector_lag_bytes)" != "0.0" ]; do sleep 0.2; done
}
load() { "$JAVA_HOME/bin/java" -jar bench/target/trustplane-bench.jar --url "$url" --admin-key "$admin_key" --json "$@"; }
generator() { load --warmup "$warmup" --duration "$duration" "$@"; }

# Warm the server up (JIT, pools, DuckDB) on both endpoints before anything is measured.
echo "warming up the server..." >&2
load --endpoint noop --batch 1 --connections "$conn1" --warmup 0s --duration 10s >/dev/null
load --endpoint traces --batch 100 --connections "$conn100" --warmup 0s --duration 10s >/dev/null
load --endpoint traces --batch 1 --connections "$conn1" --warmup 0s --duration 5s >/dev/null

results=$(mktemp)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" >&2
for scenario in "noop 1 $conn1" "traces 1 $conn1" "noop 100 $conn100" "traces 100 $conn100"; do
  set -- $scenario
  await_projected
  start_spans=$(metric trustplane_ingest_spans_total); start=$(date +%s.%N)
  echo "running $1 batch=$2 connections=$3 (warm-up $warmup, measured $duration)..." >&2
  line=$(generator --endpoint "$1" --batch "$2" --connections "$3")
  if [ "$1" = traces ]; then
    await_projected
    end=$(date +%s.%N); end_spans=$(metric trustplane_ingest_spans_total)
    line=$(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); r["endToEndSpansPerSecond"]=(float(sys.argv[3])-float(sys.argv[2]))/(float(sys.argv[5])-float(sys.argv[4])); print(json.dumps(r))' \
      "$line" "$start_spans" "$end_spans" "$start" "$end")
  fi
  echo "$line" >>"$results"
  echo "  $line" >&2
done

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
base = {r["batch"]: r for r in rows if r["endpoint"] == "noop"}
print("| Scenario | Connections | Requests/s | Spans/s acknowledged | p50 ms | p99 ms | vs no-op (req/s) | Spans/s end to end¹ |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    b = base.get(r["batch"])
    ratio = "1.00 (baseline)" if r["endpoint"] == "noop" else f'{r["requestsPerSecond"] / b["requestsPerSecond"]:.2f}'
    spans = "—" if r["endpoint"] == "noop" else f'{r["spansPerSecond"]:,.0f}'
    e2e = f'{r["endToEndSpansPerSecond"]:,.0f}' if "endToEndSpansPerSecond" in r else "—"
    failures = "" if not r["failures"] else f' (failures: {r["failures"]})'
    print(f'| {r["endpoint"]}, {r["batch"]} span(s)/request | {r["connections"]} | {r["requestsPerSecond"]:,.0f} | {spans} | '
          f'{r["p50Ms"]:.2f} | {r["p99Ms"]:.2f} | {ratio} | {e2e}{failures} |')
print()
print("¹ acknowledged spans divided by the time from the start of the run until the store had absorbed all of them.")
PY
rm -f "$results"
