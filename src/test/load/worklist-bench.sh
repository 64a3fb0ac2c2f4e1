#!/usr/bin/env bash
# The signed-in worklist page (/dashboard) under load, short enough for a shared machine: clinic.stride.load.PageBench
# signs each client in through the form and keeps its own cookie jar (JSESSIONID and the JSESSIONIDVERSION that
# Payara's distributable sessions renew on every response; wrk cannot, see PageBench). query-bench.sh is the full
# run (1 M intakes, JIT warm-up until settled, the API queries beside it); this one is bounded: a fixed warm-up.
# Usage: src/test/load/worklist-bench.sh [intakes=100000] [seconds=20] [warm-up rounds=3] [JVM options, as deployed]
# Needs target/stride-micro.war (with target/stride-lib) and the test classes and class path (query-bench.sh's build_stride, or:
#   ./mvnw -o -q package -DskipTests && ./mvnw -o -q test-compile dependency:build-classpath \
#     -Dmdep.outputFile=target/load/test.classpath -Dmdep.includeScope=test).
# The database stride_h21wl is generated once and reused while it holds that many intakes. Loopback only; port 8422.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source src/test/load/lib.sh
source src/test/load/users.sh

n=${1:-100000}; secs=${2:-20}; rounds=${3:-3}
shift $(( $# < 3 ? $# : 3 ))
[ $# -gt 0 ] || set -- $DEPLOYED_JAVA_OPTS   # as deployed (lib.sh)
port=8422
db=stride_h21wl
ensure_postgres
[ -f "$LOAD_DIR/test.classpath" ] && [ -f target/test-classes/clinic/stride/load/PageBench.class ] \
  || { echo "Build the test classes and class path first (see the header)" >&2; exit 1; }
have=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select count(*) from intake" 2>/dev/null || echo 0)
generate=no
if [ "$have" -lt "$n" ]; then fresh_database $db; generate=yes; fi
start_stride $port $db "$@"
trap 'stop_stride' EXIT
if [ $generate = yes ]; then
  t0=$(date +%s)
  psql -h 127.0.0.1 -U postgres -d $db -q -v n="$n" -f src/test/load/generate-intakes.sql > "$LOAD_DIR/generate-wl.log"
  echo "generated $n intakes in $(( $(date +%s) - t0 )) s" >&2
fi
page() {  # seconds, clients
  "$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat "$LOAD_DIR/test.classpath")" clinic.stride.load.PageBench \
    "http://127.0.0.1:$port/" "$LOAD_USER" "$LOAD_PASSWORD" dashboard "$1" "$2" | grep RESULT
}
for r in $(seq 1 "$rounds"); do echo "warm-up $r: $(page "$secs" 8)" >&2; done
l0=$(load1)
one=$(page "$secs" 1)
ticks() { awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$STRIDE_PID/stat"; }
c0=$(ticks)
eight=$(page "$secs" 8)
c1=$(ticks)
l1=$(load1)
# Stride's CPU per page at 8 clients: a measure the other processes on a shared machine barely move.
cpu_ms=$(echo "$eight" | awk -v d=$((c1 - c0)) -v t="$(getconf CLK_TCK)" '{for (i = 1; i <= NF; i++) if ($i ~ /^requests=/) {
  split($i, r, "="); if (r[2] > 0) printf "%.1f", 1000 * d / t / r[2]}}')
rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$STRIDE_PID/status)
echo "| $(psql -h 127.0.0.1 -U postgres -d $db -Atc 'select count(*) from intake') intakes | \`$*\` | 1 client: $one | 8 clients: $eight | Stride CPU ${cpu_ms} ms per page at 8 clients | RSS after ${rss} MB | load $l0-$l1 | boot $BOOT_SECONDS s | $(date -u +%FT%TZ) |" \
  | tee -a "$LOAD_DIR/worklist.md"
