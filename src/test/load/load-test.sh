#!/usr/bin/env bash
# Load test: Stride's intake submissions next to its three floors, on this machine, in one run.
#  - the database floor: pgbench writing the same rows as one submission (intake-rows.pgbench);
#  - the framework floor: a trivial JAX-RS endpoint in a tiny second WAR in the same Payara Micro;
#  - the stack floor: the same intake bodies posted to a third tiny WAR, which parses them and writes pgbench's rows
#    with pgbench's statements over JTA, Payara's pool and JDBC, and nothing else (stackfloor.SubmissionFloor);
#  - the stack floor with its ORM: the same, with the intake's three rows persisted through Hibernate ORM as Stride
#    persists them (stackfloor.OrmRows): Hibernate is part of the fixed stack;
#  - Stride: POST /api/intakes with varied realistic bodies (intake.lua), authenticated as an API client.
# At 8, 32 and 128 concurrent clients. Also boot time to ready, and heap/RSS at 32 clients.
# Usage: src/test/load/load-test.sh [seconds per step=20]. LOAD_JAVA_OPTS adds JVM options to Stride's (e.g. a
# JFR recording from start-up: LOAD_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/load.jfr); LOAD_JFR=file
# records a profile (CPU-time samples) of the measured steps only. Traffic only to 127.0.0.1; every step is bounded.
# Prints Markdown tables for docs/benchmarks.md (also written to target/load/results.md): the rates and latencies,
# and the CPU each request costs the machine, PostgreSQL and the Payara Micro JVM.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source src/test/load/lib.sh
source src/test/load/users.sh

secs=${1:-20}
port=8383
db=stride_load
out="$LOAD_DIR/results.md"
ensure_postgres
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
build_stride

build_floor_war

# The Lua scripts with the shared RESULT reporter appended (as query-bench.sh does).
for f in intake floor; do cat src/test/load/$f.lua src/test/load/report.lua > "$LOAD_DIR/$f.lua"; done

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "Something already listens on port $port (a Stride left from an earlier run?): stop it first." >&2
  exit 1
fi
fresh_database $db
# Heap and collector as deployed (lib.sh); LOAD_HEAP_OPTS="-Xms1g -Xmx1g" repeats the runs before issue 21.
heap_opts=${LOAD_HEAP_OPTS:-$DEPLOYED_JAVA_OPTS}
# The collector's pauses, so that each step's row can say which it met (a full collection stops every request).
gc_log="$LOAD_DIR/gc.log"
rm -f "$gc_log"
t0=$(date +%s%N)
STRIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" STRIDE_DB_USER=postgres STRIDE_DB_PASSWORD= STRIDE_DEMO_USERS=true \
  "$JAVA_HOME/bin/java" $heap_opts -Xlog:gc:file="$gc_log":uptime ${LOAD_JAVA_OPTS:-} -jar "$MICRO_JAR" $(deploy_args $STRIDE_WAR) --deploy "$LOAD_DIR/floor.war" --deploy "$LOAD_DIR/stack-floor.war" \
  --port $port $DEPLOYED_PAYARA_ARGS > "$LOAD_DIR/payara-load.out" 2>&1 &
STRIDE_PID=$!
trap 'stop_stride' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 $STRIDE_PID 2>/dev/null || { tail -30 "$LOAD_DIR/payara-load.out"; exit 1; }
  sleep 0.2
done
boot=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $t0) / 1e9}")
export STRIDE_AUTH
STRIDE_AUTH=$(basic_auth "$LOAD_USER" "$LOAD_PASSWORD")

# Warm up until the JIT has settled (lib.sh), then measure: a short warm-up measured the compiler, not Stride
# (59 intakes/s in the first 30 s on 2 vCPUs, ~250/s once it settled). A round: 30 s of submissions, 5 s of
# the floor, 10 s of each stack floor, all at 32 clients.
# Each round ends with ANALYZE, as autovacuum would analyse the growing tables on a production server (it is off
# on this CI machine, conf.d/90-ci.conf): without statistics, pool connections that planned the duplicate look-up
# while patient was small keep a sequential scan of it, and the warm-up measures that instead of Stride.
# intake.lua's submissions with CLIENTS clients for SECONDS to Stride or to PATH (a stack floor's): wrk's RESULT line.
intake_wrk() {  # clients, seconds, path (default Stride's)
  INTAKE_PATH=${3:-/api/intakes} wrk -t2 -c"$1" -d"$2"s --timeout 10s -s "$LOAD_DIR/intake.lua" "http://127.0.0.1:$port" | grep RESULT
}
warm_round() {
  intake_wrk 32 30
  wrk -t2 -c32 -d5s -s "$LOAD_DIR/floor.lua" "http://127.0.0.1:$port"
  intake_wrk 32 10 /stack-floor/intake
  intake_wrk 32 10 /stack-floor/intake/orm
  psql -h 127.0.0.1 -U postgres -d $db -qc analyze
}
warm_up warm_round
# LOAD_JFR=file records a profile of the measured steps only (not of start-up and warm-up).
if [ -n "${LOAD_JFR:-}" ]; then
  "$JAVA_HOME/bin/jcmd" $STRIDE_PID JFR.start name=load settings=profile \
    jdk.CPUTimeSample#enabled=true jdk.CPUTimeSample#throttle=2ms filename="$(realpath -m "$LOAD_JFR")" >/dev/null
fi

# The JSON the app really stores for one intake, for pgbench to send as parameters.
answers=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select answers::text from intake_version order by created_at desc limit 1")
result=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select result::text from assessment order by created_at desc limit 1")

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
# pgbench FILE-PREFIX ARGS...: runs the database floor with a per-transaction log; prints "tps p99_ms".
# pgbench's own latency is the floor's: at 32 closed-loop clients even it cannot answer within 50 ms here.
run_pgbench() {
  local prefix=$1; shift
  rm -f "$prefix".*
  local tps
  tps=$(pgbench -h 127.0.0.1 -U postgres -n -M prepared -f src/test/load/intake-rows.pgbench \
        -D answers="$answers" -D result="$result" -j 2 -T "$secs" -l --log-prefix="$prefix" "$@" $db 2>/dev/null \
        | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  # Log columns: client, transaction, latency in microseconds, script, end time (s, us). The first 2 s are left
  # out: 32 new connections preparing their statements at once put pgbench's own start-up in its p99.
  echo "$tps $(cat "$prefix".* | awk '{t = $5 + $6 / 1e6; if (t0 == "" || t < t0) t0 = t; end[NR] = t; lat[NR] = $3}
      END {for (i = 1; i <= NR; i++) if (end[i] >= t0 + 2) print lat[i]}' \
    | sort -n | awk '{v[NR] = $1} END {i = int(NR * 0.99); if (i < 1) i = 1; printf "%.1f", v[i] / 1000}')"
}
{
  echo "| clients | pgbench submissions/s (max 64 clients) | pgbench p99 ms | floor JAX-RS req/s | stack floor intakes/s | stack floor p99 ms | stack floor with Hibernate intakes/s | its p99 ms | Stride intakes/s | Stride p50 ms | p95 ms | p99 ms | errors | Stride / pgbench | stack floor / pgbench | Stride / stack floor | Stride / stack floor with Hibernate |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$out"
stack_errors=
# Where the two cores go during each measured step: CPU seconds of the machine, of PostgreSQL (all of it) and of the
# Payara Micro JVM (Stride and the floors' WARs) at the start and end of a step, per request written.
cpu_mark() { echo "$(machine_busy_s) $(postgres_cpu_s) $(cpu_s $STRIDE_PID)"; }
gc_mark() { wc -l < "$gc_log"; }
# The collections logged after line $1 of the GC log: "count, longest ms, full ones with their ms" (the JVM holds
# every request thread for a pause, so a step's p99 cannot be below its longest one).
gc_pauses() {
  tail -n +$(( $1 + 1 )) "$gc_log" | awk '/Pause/ {ms = $NF; sub(/ms$/, "", ms); n++; if (ms + 0 > max) max = ms + 0
      if (/Pause Full/) {full = full (full == "" ? "" : ", ") sprintf("%.0f ms", ms); f++}}
    END {printf "%d, %.0f, %s", n, max, f ? f " (" full ")" : "0"}'
}
settle_backends() {  # waits (at most 5 s) until no backend of application $1 is left, and a moment for the reaping
  for _ in $(seq 1 50); do
    [ "$(psql -h 127.0.0.1 -U postgres -qAtc "select count(*) from pg_stat_activity where application_name = '$1'")" = 0 ] && break
    sleep 0.1
  done
  sleep 0.3
}
cpus="$LOAD_DIR/cpu-per-request.md"
{
  echo "| clients | what | requests/s | machine CPU ms per request | PostgreSQL | Payara Micro JVM | the rest (load client, kernel) | machine busy | collector pauses in the step, longest ms, full collections |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$cpus"
cpu_row() {  # clients, what, requests per second, mark before, mark after[, the JVM's pauses in the step]
  awk -v c="$1" -v what="$2" -v r="$3" -v s="$secs" -v before="$4" -v after="$5" -v cores="$(nproc)" -v gc="${6:--}" 'BEGIN {
      split(before, b, " "); split(after, a, " "); m = a[1] - b[1]; p = a[2] - b[2]; j = a[3] - b[3]; n = r * s
      printf "| %s | %s | %.0f | %.2f | %.2f | %.2f | %.2f | %.0f %% | %s |\n",
        c, what, r, 1000 * m / n, 1000 * p / n, 1000 * j / n, 1000 * (m - p - j) / n, 100 * m / (s * cores), gc}' >> "$cpus"
}
measured_step() {  # what, path (default Stride's): one step at $c clients with its CPU row; prints wrk's RESULT line
  local mark line gc
  mark=$(cpu_mark)
  gc=$(gc_mark)
  line=$(intake_wrk $c $secs "${2:-}")
  cpu_row $c "$1" "$(echo "$line" | field rps)" "$mark" "$(cpu_mark)" "$(gc_pauses $gc)"
  echo "$line"
}
floor_errors() {  # what, RESULT line: a floor that fails is no floor; its errors are said under the table
  [ "$(echo "$2" | field errors)" = 0 ] || stack_errors+="$1: $(echo "$2" | field errors) errors at $c clients. "
}
for c in 8 32 128; do
  # PostgreSQL allows 100 connections; Stride's pools hold up to 36 (32 and the audit pool's 4), the stack floor's none
  # after the line below: pgbench gets at most 64.
  pgc=$(( c > 64 ? 64 : c ))
  # The stack floor's pool keeps what the step before took (up to 16): closed here, its pool opens new ones later.
  psql -h 127.0.0.1 -U postgres -qAtc "select count(pg_terminate_backend(pid)) from pg_stat_activity
    where application_name = 'stride-floor'" >/dev/null
  # No CPU reading while backends exit: one read as the postmaster reaps it is counted in neither place (or in both).
  settle_backends stride-floor
  mark=$(cpu_mark)
  read -r pg pg99 < <(run_pgbench "$LOAD_DIR/pgbench-$c" -c $pgc)
  settle_backends pgbench
  cpu_row $c pgbench "$pg" "$mark" "$(cpu_mark)"
  [ -n "$pg" ] || { echo "pgbench wrote nothing at $c clients (connections: $(psql -h 127.0.0.1 -U postgres -Atc \
    "select string_agg(application_name || ' ' || n, ', ') from (select application_name, count(*) n from pg_stat_activity group by 1) a"))" >&2; exit 1; }
  floor=$(wrk -t2 -c$c -d${secs}s -s "$LOAD_DIR/floor.lua" "http://127.0.0.1:$port" | grep RESULT | field rps)
  stack=$(measured_step "stack floor" /stack-floor/intake)
  stack_rps=$(echo "$stack" | field rps)
  floor_errors "stack floor" "$stack"
  orm=$(measured_step "stack floor with Hibernate" /stack-floor/intake/orm)
  orm_rps=$(echo "$orm" | field rps)
  floor_errors "stack floor with Hibernate" "$orm"
  if [ $c -eq 32 ]; then
    ( sleep $((secs / 2))
      ps -o rss= -p $STRIDE_PID > "$LOAD_DIR/rss.txt"
      "$JAVA_HOME/bin/jcmd" $STRIDE_PID GC.heap_info > "$LOAD_DIR/heap.txt" 2>&1 ) &
    sampler=$!
  fi
  # Unmeasured first seconds, as pgbench's p99 leaves out its own: after 80 s of the floors in the same JVM, Stride's
  # first step carried a p99 two to three times the next one's (docs/benchmarks.md, eleventh pass).
  intake_wrk $c 2 >/dev/null
  line=$(measured_step Stride)
  rps=$(echo "$line" | field rps)
  printf '| %s | %.0f | %s | %.0f | %.0f | %s | %.0f | %s | %.0f | %s | %s | %s | %s | %.0f %% | %.0f %% | %.0f %% | %.0f %% |\n' $c "$pg" "$pg99" "$floor" \
    "$stack_rps" "$(echo "$stack" | field p99_ms)" "$orm_rps" "$(echo "$orm" | field p99_ms)" "$rps" \
    "$(echo "$line" | field p50_ms)" "$(echo "$line" | field p95_ms)" "$(echo "$line" | field p99_ms)" \
    "$(echo "$line" | field errors)" "$(awk "BEGIN {print 100 * $rps / $pg}")" "$(awk "BEGIN {print 100 * $stack_rps / $pg}")" \
    "$(awk "BEGIN {print 100 * $rps / $stack_rps}")" "$(awk "BEGIN {print 100 * $rps / $orm_rps}")" >> "$out"
done
[ -z "$stack_errors" ] || echo "$stack_errors(payara-load.out has them)" | tee -a "$out" >&2
# Latency at a given load rather than at saturation: 32 clients, each pausing a random time (mean 320 ms)
# between requests, offer about 100 intakes/s; pgbench is held to the same rate (-R) for its latency.
paced_rate=100
read -r _ pg99_paced < <(run_pgbench "$LOAD_DIR/pgbench-paced" -c 32 -R $paced_rate)
paced=$(PACE_MS=$((32000 / paced_rate)) intake_wrk 32 $secs)
{
  echo
  echo "| 32 clients, paced (offered ~$paced_rate/s) | intakes/s | p50 ms | p95 ms | p99 ms | errors | pgbench p99 ms at -R $paced_rate |"
  echo "|---|---|---|---|---|---|---|"
  printf '| Stride | %.0f | %s | %s | %s | %s | %s |\n' "$(echo "$paced" | field rps)" "$(echo "$paced" | field p50_ms)" \
    "$(echo "$paced" | field p95_ms)" "$(echo "$paced" | field p99_ms)" "$(echo "$paced" | field errors)" "$pg99_paced"
} >> "$out"
wait $sampler   # not a bare wait: Stride itself is a background job of this script
if [ -n "${LOAD_JFR:-}" ]; then "$JAVA_HOME/bin/jcmd" $STRIDE_PID JFR.stop name=load >/dev/null; fi
rss_mb=$(awk '{printf "%.0f", $1 / 1024}' "$LOAD_DIR/rss.txt")
# G1 prints one line "total reserved NK, committed NK, used NK"; the serial collector one per generation
# ("DefNew total NK, used NK", "Tenured ..."): add them up.
heap=$(awk '/heap|generation|^ *DefNew|^ *Tenured/ && !/Metaspace|class space/ {
    if (match($0, /committed [0-9]+K/)) c += substr($0, RSTART + 10, RLENGTH - 11)
    else if (match($0, /total [0-9]+K/)) c += substr($0, RSTART + 6, RLENGTH - 7)
    if (match($0, /used [0-9]+K/)) u += substr($0, RSTART + 5, RLENGTH - 6) }
  END {printf "committed %d MB, used %d MB", c / 1024, u / 1024}' "$LOAD_DIR/heap.txt")
{ echo; cat "$cpus"; } >> "$out"
{
  echo
  echo "Boot to ready: ${boot} s. Warm-up: ${WARM_ROUNDS} rounds of 35 s until the JIT compiled < 1 s per round (last: ${WARM_LAST} s). At 32 clients: RSS ${rss_mb} MB, heap ${heap} ($heap_opts)."
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(date -u +%Y-%m-%d); ${secs} s per step."
} >> "$out"
cat "$out"
