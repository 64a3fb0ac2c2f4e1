#!/usr/bin/env bash
# Measures the de-identified CSV export (issue 7) on one million generated intakes with the heap capped at
# 256 MB: if the export held its rows in memory, Payara would fail with OutOfMemoryError.
#
#   deploy/bench/export-1m.sh            # ROWS=1000000 by default; ROWS=100000 for a quick run
#
# Creates the database stride_bench_export (dropped and created again), starts Payara Micro with -Xmx256m and
# a GC log, fills the database with src/test/resources/export/generate-intakes.sql, streams
# GET /api/exports/intakes.csv with curl to /dev/null and prints rows/s, time, and the peak heap (the
# largest "before" figure of any GC during the export, from the GC log). Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh

rows="${ROWS:-1000000}"
port="${STRIDE_BENCH_PORT:-18089}"
db=stride_bench_export
heap=256m
payara_version=7.2025.1
out=target/bench
mkdir -p "$out"
gclog="$out/export-gc.log"
log="$out/export-payara.log"

ensure_postgres
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"

if [ ! -f target/stride-micro.war ] || [ -n "$(find src pom.xml -newer target/stride-micro.war -print -quit)" ]; then
  echo "Building the WAR"
  ./mvnw -B -q -ntp -DskipTests package
fi
micro="$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar"
[ -f "$micro" ] || ./mvnw -B -q -ntp dependency:get -Dartifact="fish.payara.extras:payara-micro:$payara_version"

export STRIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" STRIDE_DB_USER=postgres STRIDE_DB_PASSWORD=
export STRIDE_EXPORT_PSEUDONYM_KEY="benchmark-only-pseudonym-key-$(date +%s)-0123456789"
export STRIDE_DEMO_USERS=true
rm -f "$gclog" "$log"
echo "Starting Payara Micro with -Xmx$heap on port $port"
"$JAVA_HOME/bin/java" -Xms$heap -Xmx$heap -XX:+UseG1GC -Xlog:gc:file="$gclog":uptime \
  -jar "$micro" --deploy target/stride-micro.war --addLibs target/stride-lib --port "$port" --nocluster --logtofile "$PWD/$log" \
  > "$out/export-payara.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT INT TERM
for i in $(seq 1 300); do
  curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { tail -40 "$out/export-payara.out"; exit 1; }
  sleep 1
done

echo "Generating $rows intakes in $db"
start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d "$db" -q -v ON_ERROR_STOP=1 -v rows="$rows" -v tag=B -v first_day=2024-01-01 \
  -f src/test/resources/export/generate-intakes.sql
psql -h 127.0.0.1 -U postgres -d "$db" -qc "vacuum analyze"
echo "  generated in $(( $(date +%s) - start )) s; database size $(psql -h 127.0.0.1 -U postgres -Atc "select pg_size_pretty(pg_database_size('$db'))")"

# The export is clinician-only: sign in as the demo clinician (demo users are on for this run).
auth=(-u "$("$JAVA_HOME/bin/java" -cp target/classes clinic.stride.security.DemoUsers | awk '$3 == "clinician" {print $1 ":" $2}')")

# One small export first, so class loading and JIT warm-up are not counted; then mark the GC log.
curl -sf "${auth[@]}" -o /dev/null "http://localhost:$port/api/exports/intakes.csv?from=2024-01-01&to=2024-01-01"
gc_before=$(wc -l < "$gclog")
echo "Exporting"
result=$(curl -s "${auth[@]}" -o /dev/null -w '%{http_code} %{size_download} %{time_total}' \
  "http://localhost:$port/api/exports/intakes.csv")
read -r status bytes seconds <<< "$result"
sleep 1
[ "$status" = 200 ] || { echo "export answered $status"; exit 1; }
exported=$(grep -o 'Exported [0-9]* de-identified' "$out/export-payara.out" | tail -1 | awk '{print $2}')
# G1 lines look like: "[12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 150M->40M(256M) 3.456ms"
peak=$(tail -n +"$((gc_before + 1))" "$gclog" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | sed 's/M->.*//' | sort -n | tail -1)
# After each young collection: what the export really holds (the rest was garbage). Median and maximum.
after=$(tail -n +"$((gc_before + 1))" "$gclog" | grep 'Pause Young' | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' | sort -n)
live_median=$(echo "$after" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
live_max=$(echo "$after" | tail -1)
gcs=$(tail -n +"$((gc_before + 1))" "$gclog" | grep -c 'Pause' || true)
oom=$(grep -c OutOfMemoryError "$out/export-payara.out" || true)
load=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<REPORT

CSV export (issue 7), $(date -u +%Y-%m-%d)
  machine:     $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM
  load:        $load (1/5/15 min load average right after the export; other builds share the machine)
  JVM:         $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), -Xmx$heap, G1
  rows:        $exported exported of $rows generated
  size:        $((bytes / 1024 / 1024)) MB of CSV
  time:        $seconds s
  rows/s:      $(awk -v r="$exported" -v s="$seconds" 'BEGIN {printf "%.0f", r / s}')
  peak heap:   ${peak:-?} MB of 256 MB (largest heap in use when a GC started during the export; G1 lets
               garbage fill the heap before collecting; $gcs GC pauses)
  after GC:    median ${live_median:-?} MB, at most ${live_max:-?} MB in use after a young collection
  OOM errors:  $oom
REPORT
