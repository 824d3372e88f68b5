# Shared by bench/run.sh, bench/otlp.sh and bench/predictions.sh (sourced, from the repository's root, after scripts/find-java.sh):
# builds the jars, starts a fresh server, and measures one scenario with the load generator.
# Settings (environment): BENCH_SKIP_BUILD=1 (use the jars already in */target), TRUSTPLANE_JAVA_OPTS (server JVM
#   options, e.g. -XX:StartFlightRecording=filename=server.jfr,settings=profile).

bench_build() {
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -o -DskipTests package
}

# Starts a server on a free port with a temporary data directory and the given extra arguments (e.g.
# --trustplane.ingest.max-body-size=4MB), waits until it is ready, and stops it and removes the directory on exit.
# Sets url, admin_key, server_pid and data.
start_server() {
  admin_key="bench-admin-$(date +%s)-0123456789abcdef"
  data=$(mktemp -d)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  TRUSTPLANE_SECURITY_ADMIN_KEY=$admin_key TRUSTPLANE_LOG_FORMAT=text \
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${TRUSTPLANE_JAVA_OPTS:-} \
    -jar server/target/trustplane-server.jar --server.port="$port" --trustplane.store.data-dir="$data" "$@" \
    >"$data/server.log" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$data"' EXIT
  for _ in $(seq 1 120); do
    curl -sf "$url/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -sf "$url/health/ready" >/dev/null || { echo "server did not become ready; log:" >&2; tail -50 "$data/server.log" >&2; exit 1; }
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); server: $*" >&2
}

# Reads one sample from /metrics. awk reads all input (no early exit) so curl never hits SIGPIPE under pipefail.
metric() { curl -s "$url/metrics" | awk -v name="$1" '!found && ($1 ~ "^"name"[{ ]" || $1 == name) { print $2; found = 1 }'; }
await_projected() { # waits until the store has absorbed everything acknowledged: spans and predictions
  while [ "$(metric trustplane_projector_lag_bytes)" != "0.0" ] || \
        [ "$(metric trustplane_monitoring_projector_lag_bytes)" != "0.0" ]; do sleep 0.2; done
}
# How the generator authenticates: by default each run creates a project of its own with the admin key; a script that
# needs one project throughout (ground truth joins the predictions of an earlier run) sets auth=(--key "$key").
auth=()
generator_auth() { if [ ${#auth[@]} -gt 0 ]; then echo "${auth[@]}"; else echo --admin-key "$admin_key"; fi; }
# shellcheck disable=SC2046 # the arguments are meant to be split
load() { "$JAVA_HOME/bin/java" -jar bench/target/trustplane-bench.jar --url "$url" $(generator_auth) --json "$@"; }
# The counters of what an endpoint's requests acknowledged and of what the store absorbed of it (the same counter
# when the store counts rows it stored: every id is new, so once projected they are all that was acknowledged).
acknowledged_counter() {
  case $1 in
    predictions) echo trustplane_monitoring_predictions_stored_total ;;
    ground-truth) echo trustplane_monitoring_ground_truth_stored_total ;;
    *) echo trustplane_ingest_spans_total ;;
  esac
}
projected_counter() {
  case $1 in
    predictions | ground-truth) acknowledged_counter "$1" ;;
    *) echo trustplane_projector_spans_total ;;
  esac
}

# CPU time in clock ticks: of one process (user + system), and of the whole machine (busy, all cores).
process_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# A process's CPU ticks by thread name, numbers dropped (ForkJoinPool-1-worker-3 -> ForkJoinPool-#-worker-#), as JSON.
thread_ticks() {
  python3 - "$1" <<'PY'
import glob, json, re, sys
ticks = {}
for stat in glob.glob(f"/proc/{sys.argv[1]}/task/*/stat"):
    try:
        text = open(stat).read()
    except OSError:
        continue  # the thread ended
    name = re.sub(r"\d+", "#", text[text.index("(") + 1:text.rindex(")")])
    fields = text[text.rindex(")") + 2:].split()
    ticks[name] = ticks.get(name, 0) + int(fields[11]) + int(fields[12])
print(json.dumps(ticks))
PY
}

# Measures one scenario (endpoint, spans per request, connections, then any further generator options such as
# --features 20 or --run-id r1) with warm-up $warmup and measured time $duration (both whole seconds, like 10s) and prints the generator's JSON result with, added: for ingesting endpoints the
# rate into the store (acknowledged spans, warm-up included, over the time from the start until the store has
# projected all of them) and the rate at which the store absorbed the backlog once the load had stopped; and over
# the middle of the measured window the CPU (in cores) of the server, of its threads by name, of the generator and
# of every other process on the machine, so a disturbed window can be recognised. Set load_url to aim the generator
# elsewhere than the server (default $url), and peer_pid to report that process's CPU as peerCores.
measure() {
  await_projected
  local start_spans start line gen_pid tick s0 g0 m0 t0 p0 s1 g1 m1 t1 p1 drain_spans drain_start end end_spans backlog
  start_spans=$(metric "$(acknowledged_counter "$1")"); start=$(date +%s.%N)
  echo "running $1 batch=$2 connections=$3 ${*:4} (warm-up $warmup, measured $duration)..." >&2
  line=$(mktemp)
  # shellcheck disable=SC2046 # the arguments are meant to be split
  (exec "$JAVA_HOME/bin/java" -jar bench/target/trustplane-bench.jar --url "${load_url:-$url}" $(generator_auth) --json \
     --warmup "$warmup" --duration "$duration" --endpoint "$1" --batch "$2" --connections "$3" "${@:4}" >"$line") &
  gen_pid=$!
  # the generator first creates a project and key (well under a second), then warms up
  sleep $(( ${warmup%s} + 1 ))
  s0=$(process_ticks "$server_pid"); g0=$(process_ticks "$gen_pid"); m0=$(machine_ticks); t0=$(thread_ticks "$server_pid")
  p0=0; [ -z "${peer_pid:-}" ] || p0=$(process_ticks "$peer_pid")
  sleep $(( ${duration%s} - 2 ))
  s1=$(process_ticks "$server_pid"); g1=$(process_ticks "$gen_pid"); m1=$(machine_ticks); t1=$(thread_ticks "$server_pid")
  p1=0; [ -z "${peer_pid:-}" ] || p1=$(process_ticks "$peer_pid")
  wait "$gen_pid"
  drain_spans=$(metric "$(projected_counter "$1")"); drain_start=$(date +%s.%N)
  backlog="$(metric trustplane_projector_lag_bytes),$(metric trustplane_monitoring_projector_lag_bytes)"
  [ "$1" = noop ] || await_projected
  end=$(date +%s.%N); end_spans=$(metric "$(acknowledged_counter "$1")")
  tick=$(getconf CLK_TCK)
  python3 - "$(cat "$line")" "$1" "$start_spans" "$end_spans" "$start" "$end" "$tick" \
    "$s0" "$s1" "$g0" "$g1" "$m0" "$m1" "${duration%s}" "$drain_spans" "$drain_start" "$t0" "$t1" "$backlog" "$p0" "$p1" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
endpoint, spans0, spans1, start, end, tick = sys.argv[2], *map(float, sys.argv[3:8])
s0, s1, g0, g1, m0, m1, measured, drain_spans, drain_start = map(float, sys.argv[8:17])
t0, t1 = json.loads(sys.argv[17]), json.loads(sys.argv[18])
# the event-log bytes each consumer had still to project when the load stopped
r["backlogBytes"] = dict(zip(("spans", "predictions"), (int(float(b or 0)) for b in sys.argv[19].split(","))))
if endpoint != "noop":
    r["endToEndSpansPerSecond"] = (spans1 - spans0) / (end - start)
    if end - drain_start > 1:  # a backlog worth timing
        r["drainSpansPerSecond"] = (spans1 - drain_spans) / (end - drain_start)
seconds = (measured - 2) * tick
r["serverCores"] = (s1 - s0) / seconds
r["generatorCores"] = (g1 - g0) / seconds
r["peerCores"] = (float(sys.argv[21]) - float(sys.argv[20])) / seconds  # $peer_pid's (0 when none is set)
r["otherCores"] = max(0.0, (m1 - m0) / seconds - r["serverCores"] - r["generatorCores"] - r["peerCores"])
if r["spansPerSecond"] > 0:
    r["serverCpuMicrosPerSpan"] = r["serverCores"] * 1e6 / r["spansPerSecond"]
threads = {name: (t1[name] - t0.get(name, 0)) / seconds for name in t1}
r["serverThreadCores"] = {k: round(v, 3) for k, v in sorted(threads.items(), key=lambda kv: -kv[1]) if v >= 0.01}
print(json.dumps(r))
PY
  rm -f "$line"
}
