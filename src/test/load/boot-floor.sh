#!/usr/bin/env bash
# The stack's own floor for boot time and memory: Payara Micro with only the framework-floor WAR (one JAX-RS
# endpoint, as load-test.sh uses) beside Payara Micro with Stride, booted in turn with the deployed JVM options,
# BOOTS times each. Boot = from the java command to the first answer (the floor's POST /floor/echo, Stride's
# /health/ready, curl every 0.1 s); CPU seconds of the process and RSS at that moment and after 10 s idle.
# Stride boots on a migrated database (stride_bootfloor, migrated by its first boot, which is not counted).
# Usage: src/test/load/boot-floor.sh [boots=3]. Loopback only, port 8431; every boot is stopped before the next.
# Writes target/load/boot-floor.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source src/test/load/lib.sh

boots=${1:-3}
port=8431
db=stride_bootfloor
out="$LOAD_DIR/boot-floor.md"
ensure_postgres
[ -f "$STRIDE_WAR" ] && [ -d target/test-classes/clinic/stride/load/floor ] || build_stride
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "Port $port is taken" >&2; exit 1; fi
build_floor_war
fresh_database $db

floor_up() { curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"pain":"x"}' "http://127.0.0.1:$port/floor/echo"; }
stride_up() { curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; }

# boot WHAT WAR READY-CHECK: prints "wall cpu rss-at-ready rss-idle"
boot() {
  local t0 pid wall cpu rss0 rss1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086  # the deployed options split on purpose
  STRIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" STRIDE_DB_USER=postgres STRIDE_DB_PASSWORD= \
    "$JAVA_HOME/bin/java" $DEPLOYED_JAVA_OPTS -jar "$MICRO_JAR" $(deploy_args "$2") --port $port $DEPLOYED_PAYARA_ARGS \
    > "$LOAD_DIR/boot-floor-$1.out" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    "$3" && break
    kill -0 $pid 2>/dev/null || { tail -30 "$LOAD_DIR/boot-floor-$1.out" >&2; exit 1; }
    sleep 0.1
  done
  wall=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $t0) / 1e9}")
  cpu=$(cpu_s $pid); rss0=$(rss_mb $pid)
  sleep 10
  rss1=$(rss_mb $pid)
  # Stopped before the figures are printed: the caller starts the next boot as soon as it reads them.
  kill $pid; wait $pid 2>/dev/null || true
  echo "$wall $cpu $rss0 $rss1"
}

boot stride $STRIDE_WAR stride_up > /dev/null   # migrates the database; not counted
{
  echo "| boot | WAR | boot to first answer s | CPU s at ready | RSS at ready MB | RSS after 10 s idle MB | 1-min load before |"
  echo "|---|---|---|---|---|---|---|"
  for i in $(seq 1 "$boots"); do
    for what in floor stride; do
      l0=$(load1)
      if [ $what = floor ]; then read -r w c r0 r1 < <(boot floor "$LOAD_DIR/floor.war" floor_up)
      else read -r w c r0 r1 < <(boot stride $STRIDE_WAR stride_up); fi
      echo "| $i | $what | $w | $c | $r0 | $r1 | $l0 |"
    done
  done
  echo
  echo "JVM options: \`$DEPLOYED_JAVA_OPTS\`; Payara Micro $PAYARA_VERSION, \`$DEPLOYED_PAYARA_ARGS\`. Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); $(date -u '+%Y-%m-%d %H:%M') UTC."
} | tee "$out"
