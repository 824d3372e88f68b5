#!/usr/bin/env bash
# Ingestion benchmark, end to end, in one run on this machine:
#   builds the server and the load generator, starts a fresh server (temporary data dir), and measures
#   POST /api/v1/noop and POST /api/v1/traces with 1 and with 100 spans per request, then how long the
#   store takes to absorb what was acknowledged. Prints a markdown table for docs/BENCHMARKS.md.
# Settings (environment): BENCH_DURATION (20s), BENCH_WARMUP (10s), BENCH_CONNECTIONS_BATCH1 (32),
#   BENCH_CONNECTIONS_BATCH100 (16), BENCH_SKIP_BUILD, TRUSTPLANE_JAVA_OPTS (server JVM options; bench/lib.sh).
# OTLP against native: bench/otlp.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh
source bench/lib.sh

duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-10s}
conn1=${BENCH_CONNECTIONS_BATCH1:-32}
conn100=${BENCH_CONNECTIONS_BATCH100:-16}

bench_build
start_server

# Warm the server up (JIT, pools, DuckDB) on both endpoints before anything is measured.
echo "warming up the server..." >&2
load --endpoint noop --batch 1 --connections "$conn1" --warmup 0s --duration 10s >/dev/null
load --endpoint traces --batch 100 --connections "$conn100" --warmup 0s --duration 10s >/dev/null
load --endpoint traces --batch 1 --connections "$conn1" --warmup 0s --duration 5s >/dev/null

results=$(mktemp)
for scenario in "noop 1 $conn1" "traces 1 $conn1" "noop 100 $conn100" "traces 100 $conn100"; do
  set -- $scenario
  line=$(measure "$1" "$2" "$3")
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
print("Other processes used at most %.2f cores in any measured window." % max(r["otherCores"] for r in rows))
PY
rm -f "$results"
