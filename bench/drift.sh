#!/usr/bin/env bash
# Drift benchmark (docs/BENCHMARKS.md, "Drift (model monitoring)"): profile a window of 1M predictions x 100
# features and compute its drift against a stored reference profile. Builds core and bench (nothing installed
# into ~/.m2), then runs io.trustplane.bench.drift.DriftBenchmark with any arguments given:
#   bench/drift.sh                      # 1000000 rows, 80 numeric, 20 categorical, 5 runs, 2 threads
#   bench/drift.sh 100000 80 20 3 1     # rows numeric categorical runs threads
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh

cp_file="$PWD/bench/target/drift.classpath"
./mvnw -q -B -o -DskipTests -pl bench -am package dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime
classpath="bench/target/classes:core/target/classes:$(cat "$cp_file")"
"$JAVA_HOME/bin/java" -Xms4g -Xmx4g -cp "$classpath" io.trustplane.bench.drift.DriftBenchmark "$@"
