#!/usr/bin/env bash
# JMH microbenchmarks (guard scan, audit Merkle tree). Builds core, embeddings and bench, then runs JMH with any
# arguments given (default: all benchmarks), writing results to bench/target/jmh-result.json and a
# markdown summary (p50/p99 per call, MB/s per core, ratio to the baseline) for docs/BENCHMARKS.md.
#   bench/jmh.sh                          # everything (~17 min)
#   bench/jmh.sh GuardScanBenchmark -p size=1024
#   bench/jmh.sh MerkleBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh

cp_file="$PWD/bench/target/jmh.classpath"
# one reactor build (nothing installed into ~/.m2); every module writes the file, bench (last) wins
./mvnw -q -B -DskipTests -pl bench -am package dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
classpath="bench/target/classes:$(cat "$cp_file")"
result=bench/target/jmh-result.json
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" org.openjdk.jmh.Main \
  -rf json -rff "$result" "${@:-GuardScanBenchmark}"
python3 bench/jmh-summary.py "$result"
