#!/usr/bin/env bash
# Trains the guard models from ../shared/datasets (train split only) and writes the weights into
# the source tree: the injection model, the PII name tagger and (unless SKIP_EMBEDDINGS=1) the embedding
# head. Deterministic: same data, same weights. Usage: scripts/train-guard-models.sh [prompts jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-java.sh
DATA="${1:-../shared/datasets/prompts_train_dev.jsonl}"
./mvnw -B -q -pl core test-compile -DskipTests
./mvnw -B -q -pl core dependency:build-classpath -Dmdep.outputFile=target/train.cp -Dmdep.includeScope=test >/dev/null
CP="core/target/classes:core/target/test-classes:$(cat core/target/train.cp)"
java -cp "$CP" io.trustplane.core.guard.injection.InjectionModelTrainer "$DATA" \
  core/src/main/resources/io/trustplane/core/guard/injection/model.bin
# the PII name and place tagger, from pii_train_dev.jsonl next to the prompts file
java -cp "$CP" io.trustplane.core.guard.pii.NameTaggerTrainer "$(dirname "$DATA")/pii_train_dev.jsonl" \
  core/src/main/resources/io/trustplane/core/guard/pii/ner.bin
if [ -d embeddings ] && [ "${SKIP_EMBEDDINGS:-0}" != 1 ]; then
  # reactor build (no install into ~/.m2): core resolves to core/target/classes
  ./mvnw -B -q -pl core,embeddings test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/train.cp -Dmdep.includeScope=test -DskipTests >/dev/null
  ECP="core/src/main/resources:embeddings/target/classes:embeddings/target/test-classes:$(cat embeddings/target/train.cp)"
  java -cp "$ECP" io.trustplane.embeddings.EmbeddingHeadTrainer "$DATA" \
    embeddings/src/main/resources/io/trustplane/embeddings/head.bin
fi
