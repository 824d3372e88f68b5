#!/usr/bin/env bash
# The latency the OpenAI-compatible gateway adds (docs/BENCHMARKS.md, "Gateway (OpenAI-compatible proxy)"): on one
# fresh server, a fake OpenAI upstream (io.trustplane.bench.FakeOpenAiUpstream, its own JVM: HTTP/1.1 keep-alive, a
# fixed small chat completion, or its server-sent event stream) is called with the same chat completion requests
#   upstream-chat  straight at the upstream (POST /v1/chat/completions): the baseline, and
#   chat           through the gateway (POST /openai/v1/chat/completions, a project whose one upstream is the fake),
# in the order direct, gateway, gateway, direct for each connection count (so that a drift during the run weighs on
# both alike), closed loop. Low connection counts measure latency; a high one measures requests/s. Repeated
# $BENCH_ROUNDS times on the same server; prints every window, then per round and connection count the added latency
# (gateway minus direct, means of each side's two windows), and its median over the rounds.
# BENCH_GUARDS=off (default) starts the server with the gateway's input and output guard switched off
# (trustplane.gateway.guard.input/output=false): the proxy's own costs (key, limits, routing, relay, tracing). With
# BENCH_GUARDS=on the project's default guard policy checks every request and answer with the fast-path detectors
# (injection, PII, secrets on the input; the output checks, PII and secrets on the answer; streams through the
# sliding-window stream guard).
# Settings (environment): BENCH_ROUNDS (3), BENCH_CONNECTIONS ("1 4 32"), BENCH_STREAM_CONNECTIONS ("1"; streamed
#   calls, chat-stream against upstream-chat-stream; "" for none), BENCH_DURATION (10s), BENCH_WARMUP (4s),
#   BENCH_RESULTS (a file to append each window's JSON line to), BENCH_SKIP_BUILD, TRUSTPLANE_JAVA_OPTS (bench/lib.sh),
#   BENCH_UPSTREAM_JAVA_OPTS (the fake upstream's JVM options), BENCH_GUARDS (off or on, above).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh
source bench/lib.sh

rounds=${BENCH_ROUNDS:-3}
connection_counts=${BENCH_CONNECTIONS:-1 4 32}
stream_counts=${BENCH_STREAM_CONNECTIONS-1}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-4s}

case ${BENCH_GUARDS:-off} in
  off) guard_args=(--trustplane.gateway.guard.input=false --trustplane.gateway.guard.output=false) ;;
  on) guard_args=() ;;
  *) echo "BENCH_GUARDS must be off or on, not '$BENCH_GUARDS'" >&2; exit 2 ;;
esac

bench_build
start_server "${guard_args[@]}"

# The fake upstream, in its own JVM, stopped with the server.
port_file="$data/upstream.port"
# shellcheck disable=SC2086 # the options are meant to be split
"$JAVA_HOME/bin/java" ${BENCH_UPSTREAM_JAVA_OPTS:--Xmx256m} -cp bench/target/classes io.trustplane.bench.FakeOpenAiUpstream \
  --port-file "$port_file" >"$data/upstream.log" 2>&1 &
upstream_pid=$!
trap 'kill "$upstream_pid" "$server_pid" 2>/dev/null || true; wait "$upstream_pid" "$server_pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do [ -s "$port_file" ] && break; sleep 0.1; done
[ -s "$port_file" ] || { echo "the fake upstream did not start:" >&2; cat "$data/upstream.log" >&2; exit 1; }
upstream_url="http://127.0.0.1:$(cat "$port_file")"

# A project, its key, and its one upstream: the fake, no retries.
key=$(load --setup-only | tail -1)
auth=(--key "$key")
curl -sf -o /dev/null -X POST "$url/api/v1/gateway/upstreams" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d "{\"name\":\"fake\",\"baseUrl\":\"$upstream_url/v1\",\"credential\":\"sk-bench-0123456789abcdef\",\"maxRetries\":0}" \
  || { echo "could not configure the upstream" >&2; exit 1; }
answer=$(curl -sf "$url/openai/v1/chat/completions" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"model":"bench-model","messages":[{"role":"user","content":"Hi"}]}')
echo "through the gateway: $answer" >&2

peer_pid=$upstream_pid
window() { # endpoint connections: one measured window, direct endpoints aimed at the upstream
  case $1 in upstream-*) load_url=$upstream_url ;; *) load_url=$url ;; esac
  measure "$1" 1 "$2"
}

echo "warming up (JIT of the server, the upstream and the generator; not measured)..." >&2
for warm in "chat 20s" "upstream-chat 8s" "chat-stream 15s" "upstream-chat-stream 8s"; do
  set -- $warm
  load_url=$url; [[ $1 == upstream-* ]] && load_url=$upstream_url
  "$JAVA_HOME/bin/java" -jar bench/target/trustplane-bench.jar --url "$load_url" --key "$key" --json --endpoint "$1" \
    --connections 8 --warmup 0s --duration "$2" >/dev/null
done

results=$(mktemp)
for round in $(seq 1 "$rounds"); do
  for c in $connection_counts; do
    for endpoint in upstream-chat chat chat upstream-chat; do
      line=$(window "$endpoint" "$c" | python3 -c "import json,sys; r=json.load(sys.stdin); r['round']=$round; print(json.dumps(r))")
      echo "$line" >>"$results"; [ -z "${BENCH_RESULTS:-}" ] || echo "$line" >>"$BENCH_RESULTS"
      echo "  $line" >&2
    done
  done
  for c in $stream_counts; do
    for endpoint in upstream-chat-stream chat-stream chat-stream upstream-chat-stream; do
      line=$(window "$endpoint" "$c" | python3 -c "import json,sys; r=json.load(sys.stdin); r['round']=$round; print(json.dumps(r))")
      echo "$line" >>"$results"; [ -z "${BENCH_RESULTS:-}" ] || echo "$line" >>"$BENCH_RESULTS"
      echo "  $line" >&2
    done
  done
done

python3 - "$results" "${BENCH_GUARDS:-off}" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def failures(r):
    return "" if not r["failures"] else f' (failures: {r["failures"]})'
print("| Round | Call | Connections | Requests/s | p50 ms | p99 ms | Server cores | Upstream cores | Generator cores | Other |")
print("|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    print(f'| {r["round"]} | {r["endpoint"]} | {r["connections"]} | {r["requestsPerSecond"]:,.0f} | {r["p50Ms"]:.3f} | {r["p99Ms"]:.3f} | '
          f'{r["serverCores"]:.2f} | {r["peerCores"]:.2f} | {r["generatorCores"]:.2f} | {r["otherCores"]:.2f}{failures(r)} |')
print()
keys = ["p50Ms", "p99Ms", "requestsPerSecond"]
groups = {}
for r in rows:
    kind = "stream" if r["endpoint"].endswith("stream") else "chat"
    side = "direct" if r["endpoint"].startswith("upstream-") else "gateway"
    groups.setdefault((kind, r["connections"]), {}).setdefault(r["round"], {}).setdefault(side, []).append(r)
print("| Call | Connections | Direct p50 ms | Gateway p50 ms | **Added p50 ms** | Direct p99 ms | Gateway p99 ms | Added p99 ms | "
      "Direct req/s | Gateway req/s | Gateway/direct req/s | Server CPU µs per gateway call |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for (kind, c), by_round in sorted(groups.items()):
    per_round = []
    for rnd, sides in sorted(by_round.items()):
        if "direct" not in sides or "gateway" not in sides: continue
        m = {s: {k: statistics.mean(r[k] for r in sides[s]) for k in keys} for s in ("direct", "gateway")}
        cpu = statistics.mean(r["serverCores"] * 1e6 / r["requestsPerSecond"] for r in sides["gateway"] if r["requestsPerSecond"] > 0)
        per_round.append((m, cpu))
    if not per_round: continue
    med = lambda f: statistics.median(f(m, cpu) for m, cpu in per_round)
    rng = lambda f: f' ({min(f(m, cpu) for m, cpu in per_round):.3f}…{max(f(m, cpu) for m, cpu in per_round):.3f})' if len(per_round) > 1 else ""
    added50 = lambda m, cpu: m["gateway"]["p50Ms"] - m["direct"]["p50Ms"]
    added99 = lambda m, cpu: m["gateway"]["p99Ms"] - m["direct"]["p99Ms"]
    print(f'| {kind} | {c} | {med(lambda m, cpu: m["direct"]["p50Ms"]):.3f} | {med(lambda m, cpu: m["gateway"]["p50Ms"]):.3f} | '
          f'**{med(added50):.3f}**{rng(added50)} | {med(lambda m, cpu: m["direct"]["p99Ms"]):.3f} | {med(lambda m, cpu: m["gateway"]["p99Ms"]):.3f} | '
          f'{med(added99):.3f} | {med(lambda m, cpu: m["direct"]["requestsPerSecond"]):,.0f} | '
          f'{med(lambda m, cpu: m["gateway"]["requestsPerSecond"]):,.0f} | '
          f'{med(lambda m, cpu: m["gateway"]["requestsPerSecond"] / m["direct"]["requestsPerSecond"]):.2f} | {med(lambda m, cpu: cpu):,.0f} |')
print()
print(f"Gateway guards {sys.argv[2]}. Medians over {len({r['round'] for r in rows})} round(s), each round's value being the mean of its two windows per side; "
      "the range over the rounds in parentheses.")
PY
rm -f "$results"
