#!/usr/bin/env bash
# Memory and boot footprint of one Stride start, in measures a busy machine barely distorts: resident memory and
# its parts (Native Memory Tracking), heap after a full GC, threads, classes, and CPU seconds (not wall seconds).
# One run: boot on an already-migrated database, then idle, then one short bounded load (wrk, intake.lua), then
# the first GET /openapi. Usage:
#   src/test/load/footprint.sh LABEL [JVM options...]        e.g. footprint.sh serial-512m -XX:+UseSerialGC -Xmx512m
#   (without options: the deployed ones, lib.sh's DEPLOYED_JAVA_OPTS)
# Env: FOOT_SECS seconds of load (default 30, at most 60), FOOT_CLIENTS (default 32), FOOT_JFR=1 records a
# CPU-time profile of the boot (target/load/foot-LABEL-boot.jfr), FOOT_FRESH=1 boots on a fresh database (all
# migrations), FOOT_BOOT_ONLY=1 stops after the boot figures, FOOT_PAYARA_ARGS adds Payara Micro arguments.
# Needs a built target/stride-micro.war (./mvnw -o -q package -DskipTests; STRIDE_WAR in lib.sh). Loopback only; port 8421.
# Appends one line to target/load/footprint.md and keeps the NMT summaries in target/load/foot-LABEL-*.txt.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source src/test/load/lib.sh
source src/test/load/users.sh

label=$1; shift
[ $# -gt 0 ] || set -- $DEPLOYED_JAVA_OPTS   # as deployed (lib.sh), as the other scripts default to
secs=${FOOT_SECS:-30}; [ "$secs" -le 60 ] || secs=60
clients=${FOOT_CLIENTS:-32}
port=8421
db=stride_h21foot
out="$LOAD_DIR/foot-$label"
ensure_postgres
[ -f "$STRIDE_WAR" ] || { echo "Build first: ./mvnw -o -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "Port $port is taken" >&2; exit 1; fi
exists=$(psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$db'")
if [ "${FOOT_FRESH:-}" = 1 ] || [ -z "$exists" ]; then fresh_database $db; fi
cat src/test/load/intake.lua src/test/load/report.lua > "$LOAD_DIR/intake.lua"

jfr=()
[ "${FOOT_JFR:-}" = 1 ] && jfr=("-XX:StartFlightRecording=name=boot,settings=profile,jdk.CPUTimeSample#enabled=true,jdk.CPUTimeSample#throttle=10ms,filename=$out-boot.jfr")
thread_cpu_s() {  # CPU seconds of the process's threads whose name matches a pattern (JIT compilers, GC)
  local t; t=$(getconf CLK_TCK)
  for f in /proc/$1/task/*/stat; do cat "$f" 2>/dev/null; echo; done \
    | awk -v t="$t" -v p="$2" 'match($0, /\(.*\) /) { name = substr($0, RSTART + 1, RLENGTH - 3); rest = substr($0, RSTART + RLENGTH)
        split(rest, f, " "); if (name ~ p) s += f[12] + f[13] } END {printf "%.1f", s / t}'
}
threads() { awk '/^Threads/ {print $2}' "/proc/$1/status"; }
jc() { "$JAVA_HOME/bin/jcmd" "$STRIDE_PID" "$@" 2>/dev/null; }
heap_used_mb() {  # used heap in MB, young + old for the generational collectors (G1 prints one heap line)
  jc GC.heap_info | awk '/generation|heap|^ *DefNew|^ *Tenured/ && !/Metaspace|class space/ && match($0, /used [0-9]+K/) {
    s += substr($0, RSTART + 5, RLENGTH - 6)} END {printf "%.0f", s / 1024}'
}
nmt_line() {  # committed MB per NMT category (1 MB or more), by name, from a summary file
  awk '/^Total:/ {match($0, /committed=[0-9]+KB/); printf "total %.0f; ", substr($0, RSTART + 10, RLENGTH - 12) / 1024}
       /^- / && match($0, /committed=[0-9]+KB/) {
         v = substr($0, RSTART + 10, RLENGTH - 12) / 1024; name = $0; sub(/^- */, "", name); sub(/ *\(.*/, "", name)
         if (v >= 1) printf "%s %.0f\n", name, v }' "$1" | sort -t' ' -k1,1 | awk '{printf "%s; ", $0}'
}

l0=$(load1)
t0=$(date +%s%N)
STRIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" STRIDE_DB_USER=postgres STRIDE_DB_PASSWORD= STRIDE_DEMO_USERS=true \
  "$JAVA_HOME/bin/java" -XX:NativeMemoryTracking=summary "${jfr[@]}" "$@" -jar "$MICRO_JAR" $(deploy_args $STRIDE_WAR) \
  --port $port $DEPLOYED_PAYARA_ARGS ${FOOT_PAYARA_ARGS:-} > "$out-payara.out" 2>&1 &
STRIDE_PID=$!
trap 'stop_stride' EXIT
for _ in $(seq 1 3000); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $STRIDE_PID 2>/dev/null || { tail -30 "$out-payara.out" >&2; exit 1; }
  sleep 0.1
done
boot=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $t0) / 1e9}")
boot_cpu=$(cpu_s $STRIDE_PID)
boot_load=$(load1)
boot_jit=$(thread_cpu_s $STRIDE_PID 'C[12] CompilerThre')
boot_gc=$(thread_cpu_s $STRIDE_PID 'GC Thread|G1 |VM Thread')
[ "${FOOT_JFR:-}" = 1 ] && jc JFR.stop name=boot >/dev/null
ready_in=$(grep -oE "ready in [0-9,]+ \(ms\)" "$out-payara.out" | grep -oE "[0-9,]+" | tr -d , || true)
classes=$(jc PerfCounter.print | awk -F= '/^java.cls.loadedClasses=/ {l = $2} /^java.cls.unloadedClasses=/ {u = $2} END {print l - u}')
if [ "${FOOT_BOOT_ONLY:-}" = 1 ]; then
  echo "| $label | \`$* ${FOOT_PAYARA_ARGS:-}\` | $boot | ${ready_in:-?} | $boot_cpu | $boot_jit | $boot_gc | $boot_load | $classes | $(rss_mb $STRIDE_PID) | boot only |" \
    | tee -a "$LOAD_DIR/footprint-boot.md"
  exit 0
fi
sleep 10
jc GC.run >/dev/null
idle_heap=$(heap_used_mb)
jc VM.native_memory summary > "$out-idle-nmt.txt"
idle_rss=$(rss_mb $STRIDE_PID); idle_threads=$(threads $STRIDE_PID)

export STRIDE_AUTH
STRIDE_AUTH=$(basic_auth "$LOAD_USER" "$LOAD_PASSWORD")
cpu_before=$(cpu_s $STRIDE_PID)
gc_before=$(thread_cpu_s $STRIDE_PID 'GC Thread|G1 |VM Thread')
( max=0; end=$(( $(date +%s) + secs ))
  while [ "$(date +%s)" -lt "$end" ]; do r=$(rss_mb $STRIDE_PID); [ "$r" -gt "$max" ] && max=$r; sleep 1; done
  echo $max > "$out-maxrss.txt" ) &
sampler=$!
( sleep $(( secs * 2 / 3 )); jc VM.native_memory summary > "$out-load-nmt.txt"; threads $STRIDE_PID > "$out-load-threads.txt" ) &
nmt_sampler=$!
load_l0=$(load1)
result=$(wrk -t2 -c"$clients" -d"${secs}s" --timeout 10s -s "$LOAD_DIR/intake.lua" "http://127.0.0.1:$port" | grep RESULT || true)
load_l1=$(load1)
wait $sampler $nmt_sampler
load_cpu=$(awk "BEGIN {printf \"%.1f\", $(cpu_s $STRIDE_PID) - $cpu_before}")
gc_s=$(awk "BEGIN {printf \"%.1f\", $(thread_cpu_s $STRIDE_PID 'GC Thread|G1 |VM Thread') - $gc_before}")
load_rss=$(rss_mb $STRIDE_PID)
rps=$(echo "$result" | sed -n 's/.*rps=\([0-9.]*\).*/\1/p'); errors=$(echo "$result" | sed -n 's/.*errors=\([0-9]*\).*/\1/p')
p95=$(echo "$result" | sed -n 's/.*p95_ms=\([0-9.]*\).*/\1/p')
requests=$(echo "$result" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')
cpu_per=$(awk "BEGIN {if (${requests:-0} > 0) printf \"%.1f\", 1000 * $load_cpu / $requests; else print \"?\"}")
gc_per=$(awk "BEGIN {if (${requests:-0} > 0) printf \"%.2f\", 1000 * $gc_s / $requests; else print \"?\"}")
jc GC.run >/dev/null
load_heap=$(heap_used_mb)

# First GET /openapi: heap in use just before (after a full GC) and right after (no GC in between unless the
# request forced one: the GC count is printed too).
gcs() { jc PerfCounter.print | awk -F= '/^sun.gc.collector.[0-9].invocations=/ {n += $2} END {print n}'; }
g0=$(gcs); h0=$(heap_used_mb)
oa_code=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$port/openapi")
h1=$(heap_used_mb); g1=$(gcs)
# Every feature once (FHIR context, both PDFs, the FHIR Questionnaire), then the heap after a full GC: what the
# heap holds for good once everything has been used.
id=$(curl -s -u "$LOAD_USER:$LOAD_PASSWORD" "http://127.0.0.1:$port/api/intakes?limit=1" | grep -oE '"id" *: *"?[0-9a-f-]+' | head -1 | grep -oE '[0-9a-f-]+$')
features=""
for path in "api/intakes/$id/summary.pdf" "api/intakes/$id/handout.pdf" "api/fhir/QuestionnaireResponse/$id" \
            "api/fhir/Questionnaire/stride-intake" "api/fhir/metadata"; do
  features="$features $(curl -s -o /dev/null -w '%{http_code}' -u "$LOAD_USER:$LOAD_PASSWORD" "http://127.0.0.1:$port/$path")"
done
jc GC.run >/dev/null
all_heap=$(heap_used_mb); all_rss=$(rss_mb $STRIDE_PID)
jc VM.native_memory summary > "$out-all-nmt.txt"

[ -s "$LOAD_DIR/footprint.md" ] || {
  echo "| run | JVM options | boot to ready s | Payara ready ms | boot CPU s | of which JIT compiler threads s | of which GC threads s | load at ready | classes | idle RSS MB | idle heap after GC MB | idle threads | max RSS under load MB | RSS after load MB | heap after GC MB | threads under load | intakes/s | p95 ms | errors | CPU s during load | GC threads CPU s during load | CPU ms per intake | GC CPU ms per intake | load avg during | first GET /openapi: heap before → after | heap after GC once every feature was used MB (statuses) | RSS then MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$LOAD_DIR/footprint.md"
{
  echo "| $label | \`$*\` | $boot | ${ready_in:-?} | $boot_cpu | $boot_jit | $boot_gc | $boot_load | $classes | $idle_rss | $idle_heap | $idle_threads | $(cat "$out-maxrss.txt") | $load_rss | $load_heap | $(cat "$out-load-threads.txt") | ${rps:-?} | ${p95:-?} | ${errors:-?} | $load_cpu | $gc_s | $cpu_per | $gc_per | $load_l0-$load_l1 | $h0 → $h1 MB ($((g1 - g0)) GCs, $oa_code) | $all_heap ($features) | $all_rss |"
} | tee -a "$LOAD_DIR/footprint.md"
echo "idle NMT (committed MB): $(nmt_line "$out-idle-nmt.txt")"
echo "load NMT (committed MB): $(nmt_line "$out-load-nmt.txt")"
echo "boot started at load $l0; $(date -u +%FT%TZ)"
