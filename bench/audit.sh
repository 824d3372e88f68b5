#!/usr/bin/env bash
# Audit log appends per second with the default 1 s checkpoints, in one process on this machine:
#   compiles the server with its test sources (offline, nothing installed into ~/.m2) and runs
#   io.trustplane.server.audit.AuditAppendBenchmark, which starts the real application with a temporary
#   data directory and drives the Auditor from 1, 8, 64 and 256 concurrent appenders. Prints a markdown
#   table for docs/BENCHMARKS.md and the verification of the whole log afterwards.
# Settings (environment): BENCH_APPENDERS (1,8,64,256), BENCH_WARMUP (5s), BENCH_DURATION (20s),
#   BENCH_INITIAL_WARMUP (15s), BENCH_JAVA_OPTS (JVM options, e.g. -XX:StartFlightRecording=filename=audit.jfr,settings=profile).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh

cp_file="$PWD/server/target/audit-bench.classpath"
# one reactor build; every module writes the file, server (last) wins. Reactor modules resolve to target/classes.
./mvnw -q -B -o -pl server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
classpath="server/target/test-classes:server/target/classes:$(cat "$cp_file")"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} \
  -Dbench.appenders="${BENCH_APPENDERS:-1,8,64,256}" -Dbench.warmup="${BENCH_WARMUP:-5s}" \
  -Dbench.duration="${BENCH_DURATION:-20s}" -Dbench.initial-warmup="${BENCH_INITIAL_WARMUP:-15s}" \
  -cp "$classpath" io.trustplane.server.audit.AuditAppendBenchmark
