# Sourced by scripts: exports JAVA_HOME pointing at a JDK 21 or newer (Payara Micro 7 refuses older ones).
# Order: an already-set JAVA_HOME that is new enough, then the Temurin 25 this machine kind ships.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
pick_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-* /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Stride needs a JDK 21 or newer (Payara Micro 7). None found in /usr/lib/jvm." >&2
  echo "Install Temurin 25 there, or set JAVA_HOME to a JDK 21+." >&2
  exit 1
}
pick_java
export PATH="$JAVA_HOME/bin:$PATH"
