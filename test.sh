#!/usr/bin/env bash
# Runs the whole test suite: unit tests, and integration tests against the packaged server.
# Any argument is passed to Maven (e.g. -pl core).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/find-java.sh
exec ./mvnw -B verify "$@"
