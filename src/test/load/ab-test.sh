#!/usr/bin/env bash
# Strides side by side for A/B comparisons on a machine others share: absolute rates move with the machine's
# load, so the variants are measured in alternating steps (A, B, A, B) under the same conditions.
#  - AB_SIDES="A B" (or "A B C"): a WAR each (AB_A_WAR, ...; default target/stride-micro.war, with the stride-lib/
#    beside it) and JVM options each
#    (AB_A_OPTS, ..., added to the deployed heap and collector) and, if given, a pre-boot command file each
#    (AB_A_PREBOOT, ...; default deploy/payara-micro/pre-boot.asadmin), each on its own port and its own fresh database;
#  - boots one after the other: wall seconds to ready, CPU seconds and resident memory of the process at ready (/proc);
#  - warms them up in alternating rounds until none's JIT compiled for 1 s or more in its round (lib.sh), at
#    most AB_WARM_MAX rounds (16);
#  - then, for each client count, AB_PAIRS rounds of one step per side of intake.lua, with the 1-minute load
#    average, the CPU per intake of Stride and of PostgreSQL (all of it, lib.sh: only one side is loaded at a time), and
#    Stride's resident memory after the step;
#  - AB_JFR=dir records each side's CPU-time samples (deep stacks) during its steps at the first client count, and
#    Stride's API request events; AB_JFR_EVENTS adds JFR options, e.g. "jdk.SocketRead#threshold=0ms
#    jdk.SocketRead#throttle=off jdk.ThreadPark#threshold=0ms" for TailSplit.java, which splits the slowest requests' time.
# Usage: AB_A_WAR=... AB_B_OPTS=-XX:TieredStopAtLevel=1 src/test/load/ab-test.sh [seconds per step=20]
#        (AB_PAIRS=2, AB_CLIENTS="8 32"). Writes target/load/ab.md. Traffic only to 127.0.0.1; every step bounded.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source src/test/load/lib.sh
source src/test/load/users.sh

secs=${1:-20}
pairs=${AB_PAIRS:-2}
clients=${AB_CLIENTS:-"8 32"}
out="$LOAD_DIR/ab.md"
ensure_postgres
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f "$STRIDE_WAR" ] || build_stride
cat src/test/load/intake.lua src/test/load/report.lua > "$LOAD_DIR/intake.lua"
# Each side deploys its own copy, so a rebuild during the run changes neither.
sides=${AB_SIDES:-"A B"}
declare -A PORT=([A]=8384 [B]=8385 [C]=8386) PID BOOT BOOT_CPU BOOT_RSS OPTS ARGS WARM_LAST WAR
for side in $sides; do
  war_var=AB_${side}_WAR opts_var=AB_${side}_OPTS
  war="${!war_var:-$STRIDE_WAR}"
  rm -rf "$LOAD_DIR/ab-$side" && mkdir -p "$LOAD_DIR/ab-$side" && cp "$war" "$LOAD_DIR/ab-$side/"
  if [[ "$war" == *-micro.war ]]; then cp -r "$(dirname "$war")/stride-lib" "$LOAD_DIR/ab-$side/"; fi
  WAR[$side]="$LOAD_DIR/ab-$side/$(basename "$war")"
  OPTS[$side]="${!opts_var:-}"
  preboot_var=AB_${side}_PREBOOT
  ARGS[$side]="${DEPLOYED_PAYARA_ARGS/"$DEPLOYED_PREBOOT"/${!preboot_var:-$DEPLOYED_PREBOOT}}"
  # Deep stacks: Payara's request stacks are deeper than JFR's default of 64 frames.
  [ -n "${AB_JFR:-}" ] && OPTS[$side]+=" -XX:FlightRecorderOptions:stackdepth=512"
done
for side in $sides; do
  if curl -s -o /dev/null "http://127.0.0.1:${PORT[$side]}/"; then
    echo "Something already listens on port ${PORT[$side]}: stop it first." >&2
    exit 1
  fi
done
stop_both() { for side in $sides; do [ -n "${PID[$side]:-}" ] && kill "${PID[$side]}" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_both EXIT

db_of() { echo "stride_ab_$(echo "$1" | tr 'ABC' 'abc')"; }

for side in $sides; do
  db=$(db_of $side)
  fresh_database "$db"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086  # option lists split on purpose
  STRIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" STRIDE_DB_USER=postgres STRIDE_DB_PASSWORD= STRIDE_DEMO_USERS=true \
    "$JAVA_HOME/bin/java" $DEPLOYED_JAVA_OPTS ${OPTS[$side]} -jar "$MICRO_JAR" $(deploy_args "${WAR[$side]}") \
    --port "${PORT[$side]}" ${ARGS[$side]} > "$LOAD_DIR/payara-ab-$side.out" 2>&1 &
  PID[$side]=$!
  until curl -sf "http://127.0.0.1:${PORT[$side]}/health/ready" >/dev/null 2>&1; do
    kill -0 "${PID[$side]}" 2>/dev/null || { tail -30 "$LOAD_DIR/payara-ab-$side.out"; exit 1; }
    sleep 0.2
  done
  BOOT[$side]=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $t0) / 1e9}")
  BOOT_CPU[$side]=$(cpu_s "${PID[$side]}"); BOOT_RSS[$side]=$(rss_mb "${PID[$side]}")
  echo "$side ready in ${BOOT[$side]} s, ${BOOT_CPU[$side]} CPU-s, load $(load1)" >&2
done
export STRIDE_AUTH
STRIDE_AUTH=$(basic_auth "$LOAD_USER" "$LOAD_PASSWORD")

submit() { # side clients seconds
  wrk -t2 -c"$2" -d"$3"s --timeout 10s -s "$LOAD_DIR/intake.lua" "http://127.0.0.1:${PORT[$1]}"
}
# Warm-up: one round of 30 s at 32 clients per side in turn, until both compiled for less than a second.
rounds=0
while :; do
  rounds=$((rounds + 1)); settled=1
  for side in $sides; do
    STRIDE_PID=${PID[$side]}
    j0=$(jit_seconds)
    submit $side 32 30 >/dev/null
    # As autovacuum would on a production server (off on this CI machine, conf.d/90-ci.conf): without statistics,
    # pool connections that planned the duplicate look-up while patient was small keep a sequential scan of it.
    psql -h 127.0.0.1 -U postgres -d "$(db_of $side)" -qc analyze
    last=$(awk "BEGIN {print $(jit_seconds) - $j0}")
    echo "warm-up round $rounds, $side: JIT compiled for $last s" >&2
    WARM_LAST[$side]=$last
    awk "BEGIN {exit !($last < 1)}" || settled=0
  done
  if [ $settled = 1 ] || [ $rounds -ge "${AB_WARM_MAX:-16}" ]; then break; fi
done


field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
{
  echo "| side | WAR | JVM options | Payara Micro options | boot s | boot CPU s | RSS at ready MB |"
  echo "|---|---|---|---|---|---|---|"
  for side in $sides; do echo "| $side | \`$(deploy_args "${WAR[$side]}")\` | \`$DEPLOYED_JAVA_OPTS ${OPTS[$side]}\` | \`${ARGS[$side]}\` | ${BOOT[$side]} | ${BOOT_CPU[$side]} | ${BOOT_RSS[$side]} |"; done
  echo
  echo "Warm-up: $rounds rounds of 30 s at 32 clients per side; JIT seconds in the last round:$(for side in $sides; do printf ' %s %s' $side "${WARM_LAST[$side]}"; done). Steps of $secs s, in this order:"
  echo
  echo "| clients | side | intakes/s | p50 ms | p95 ms | p99 ms | errors | Stride CPU ms per intake | PostgreSQL CPU ms per intake | Stride RSS MB after | load before, after |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$out"
first=${clients%% *}
for c in $clients; do
  if [ -n "${AB_JFR:-}" ] && [ "$c" = "$first" ]; then
    mkdir -p "$AB_JFR"
    for side in $sides; do
      # shellcheck disable=SC2086  # AB_JFR_EVENTS is a list of options
      "$JAVA_HOME/bin/jcmd" "${PID[$side]}" JFR.start name=ab settings=profile jdk.CPUTimeSample#enabled=true \
        jdk.CPUTimeSample#throttle=2ms +clinic.stride.ApiRequest#enabled=true ${AB_JFR_EVENTS:-} filename="$(realpath -m "$AB_JFR/$side-$c.jfr")" >/dev/null
    done
  fi
  for _ in $(seq 1 "$pairs"); do
    for side in $sides; do
      l0=$(load1); c0=$(cpu_s "${PID[$side]}"); p0=$(postgres_cpu_s)
      line=$(submit $side "$c" "$secs" | grep RESULT)
      c1=$(cpu_s "${PID[$side]}"); p1=$(postgres_cpu_s)
      rps=$(echo "$line" | field rps)
      printf '| %s | %s | %.0f | %s | %s | %s | %s | %.2f | %.2f | %s | %s, %s |\n' "$c" "$side" "$rps" "$(echo "$line" | field p50_ms)" \
        "$(echo "$line" | field p95_ms)" "$(echo "$line" | field p99_ms)" "$(echo "$line" | field errors)" \
        "$(awk "BEGIN {print 1000 * ($c1 - $c0) / ($rps * $secs)}")" "$(awk "BEGIN {print 1000 * ($p1 - $p0) / ($rps * $secs)}")" \
        "$(rss_mb "${PID[$side]}")" "$l0" "$(load1)" | tee -a "$out" >&2
    done
  done
  if [ -n "${AB_JFR:-}" ] && [ "$c" = "$first" ]; then
    for side in $sides; do "$JAVA_HOME/bin/jcmd" "${PID[$side]}" JFR.stop name=ab >/dev/null; done
  fi
done
echo >> "$out"
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); $(date -u '+%Y-%m-%d %H:%M') UTC." >> "$out"
cat "$out"
