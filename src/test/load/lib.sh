# Shared by the load, fault and data scripts: build once, start/stop Payara Micro with Stride on loopback.
# Source from the project root after deploy/lib/java.sh and deploy/lib/postgres.sh.

PAYARA_VERSION=7.2025.1
MICRO_JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar"
LOAD_DIR=target/load
mkdir -p "$LOAD_DIR"

build_stride() {
  ./mvnw -B -q -ntp -DskipTests package
  [ -f "$MICRO_JAR" ] || ./mvnw -B -q -ntp dependency:get -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION"
  ./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$LOAD_DIR/test.classpath" -Dmdep.includeScope=test >/dev/null
}

fresh_database() {
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $1 with (force)" -c "create database $1"
}

# start_stride PORT DB [extra java options]: starts Payara Micro in the background, waits until
# /health/ready answers; sets STRIDE_PID and BOOT_SECONDS (to ready, measured with millisecond clocks).
start_stride() {
  local port=$1 db=$2; shift 2
  local t0 t1
  t0=$(date +%s%N)
  STRIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" STRIDE_DB_USER=postgres STRIDE_DB_PASSWORD= \
  STRIDE_DEMO_USERS=true \
    "$JAVA_HOME/bin/java" "$@" -jar "$MICRO_JAR" --deploy target/stride.war --port "$port" --nocluster \
    >> "$LOAD_DIR/payara-$port.out" 2>&1 &
  STRIDE_PID=$!
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
      t1=$(date +%s%N)
      BOOT_SECONDS=$(awk "BEGIN {printf \"%.1f\", ($t1 - $t0) / 1e9}")
      return 0
    fi
    kill -0 "$STRIDE_PID" 2>/dev/null || { tail -30 "$LOAD_DIR/payara-$port.out" >&2; return 1; }
    sleep 0.2
  done
  echo "Stride did not become ready on port $port" >&2
  return 1
}

stop_stride() {
  [ -n "${STRIDE_PID:-}" ] && kill "$STRIDE_PID" 2>/dev/null && wait "$STRIDE_PID" 2>/dev/null || true
  STRIDE_PID=
}

basic_auth() {
  printf 'Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"
}
