#!/usr/bin/env bash
# Builds TrustPlane if needed and starts it with embedded defaults (no external service):
# HTTP on port 8080, data under ./data. Any argument is passed to the server (e.g. --server.port=9090).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/find-java.sh

jar=server/target/trustplane-server.jar
# Rebuild when the jar is missing or any source or build file is newer than it.
if [ ! -f "$jar" ] || [ -n "$(find core/src server/src pom.xml core/pom.xml server/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "Building TrustPlane (first start, or sources changed)..." >&2
  ./mvnw -q -B -DskipTests -pl server -am package
fi
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${TRUSTPLANE_JAVA_OPTS:-} -jar "$jar" "$@"
