#!/usr/bin/env bash
# Evaluates the guard detectors on labelled JSON Lines files (the format of ../shared/datasets) and
# prints Markdown tables: per source_set recall, FPR, precision, F1, ROC AUC and recall at 1% FPR for
# prompts; PII span P/R/F1 per entity type (exact and overlap); secrets precision and recall.
#   scripts/evaluate-guard.sh                                  # dev split of ../shared/datasets/*.jsonl
#   scripts/evaluate-guard.sh --embeddings                     # with the injection embedding stage
#   scripts/evaluate-guard.sh --split all my-prompts.jsonl     # any file of the same format
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh
./mvnw -B -q -DskipTests -pl cli -am package
args=("$@")
has_file=0
for a in "${args[@]}"; do [[ "$a" == *.jsonl ]] && has_file=1; done
if [ "$has_file" = 0 ]; then
  args+=(../shared/datasets/*.jsonl)
fi
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar cli/target/trustplane-cli.jar evaluate "${args[@]}"
