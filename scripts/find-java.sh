#!/usr/bin/env bash
# Sourced by start.sh and test.sh: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME, the `java` on PATH, then the usual install locations (newest first).
# The machine's default `java` may be older (17), so it is checked, never assumed.

_tp_java_major() { # prints the major version of the given java binary, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}

_tp_is_jdk() { # a JDK (not a bare JRE): javac next to java, version >= 21
  local home="$1" major
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  major=$(_tp_java_major "$home/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

tp_find_java() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && _tp_is_jdk "$JAVA_HOME"; then return 0; fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if _tp_is_jdk "$candidate"; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* \
                       "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    if _tp_is_jdk "$candidate"; then export JAVA_HOME="$candidate"; return 0; fi
  done
  echo "error: no JDK 21 or newer found. Install one (e.g. 'apt-get install openjdk-21-jdk') or set JAVA_HOME." >&2
  return 1
}

tp_find_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
