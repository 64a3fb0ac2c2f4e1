#!/usr/bin/env bash
# Worklist and patient-history queries at a million intakes: the API (HTTP, p50/p95 with wrk) next to the bare
# indexed SQL (EXPLAIN ANALYZE execution time). Also times the data generator.
# Usage: src/test/load/query-bench.sh [intakes=1000000] [seconds=15]. Loopback only; bounded steps.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source src/test/load/lib.sh
source src/test/load/users.sh

n=${1:-1000000}
secs=${2:-15}
port=8385
db=stride_1m
out="$LOAD_DIR/query-results.md"
ensure_postgres
build_stride
fresh_database $db
start_stride $port $db $DEPLOYED_JAVA_OPTS       # migrates the empty database, creates the demo users
t0=$(date +%s)
psql -h 127.0.0.1 -U postgres -d $db -q -v n="$n" -f src/test/load/generate-intakes.sql > "$LOAD_DIR/generate.log"
gen_seconds=$(( $(date +%s) - t0 ))
trap 'stop_stride' EXIT
export STRIDE_AUTH
STRIDE_AUTH=$(basic_auth "$LOAD_USER" "$LOAD_PASSWORD")

sql_ms() {  # statement with $n parameters, parameter types, values: median of 5 EXPLAIN (ANALYZE, TIMING OFF)
  # EXECUTE runs after 6 plain executions, so PostgreSQL uses the generic plan the JDBC driver's server-side
  # prepared statement gets (the driver prepares a statement from its 5th use; literal SQL can plan differently).
  { echo "prepare q($2) as $1;"
    echo '\o /dev/null'
    for _ in 1 2 3 4 5 6; do echo "execute q($3);"; done
    echo '\o'
    for _ in 1 2 3 4 5; do echo "explain (analyze, timing off, format json) execute q($3);"; done
  } | psql -h 127.0.0.1 -U postgres -d $db -At \
    | grep -o '"Execution Time": [0-9.]*' | awk '{print $3}' | sort -n | sed -n 3p
}
http() {  # wrk p50/p95 for one Lua script, 8 clients (throughput) or 1 (the latency of one request)
  wrk -t${2:-2} -c${2:-8} -d${secs}s -s "$1" "http://127.0.0.1:$port" | grep RESULT
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

# The statements as Stride sends them (Hibernate's for the API, Worklist's for the page), with a sample value.
newest_sql='select i.*, p.* from intake i join patient p on p.id = i.patient_id order by i.submitted_at desc, i.id desc fetch first $1 rows only'
patient_sql='select i.*, p.* from intake i join patient p on p.id = i.patient_id where i.patient_id = (select id from patient where clinic_id = $1) order by i.visit_date desc, i.submitted_at desc, i.id desc'
worklist_sql="select i.id, p.clinic_id, p.given_name || ' ' || p.family_name, p.birth_date, i.visit_date, i.submitted_at, i.pain_intensity, i.red_flag_level, i.current_version, i.cause_ids[1] from intake i join patient p on p.id = i.patient_id where true and i.visit_date >= \$1 order by i.red_flag_level desc, i.submitted_at desc, i.id desc limit \$2"
week_ago=$(date -u -d '-6 days' +%F)

cat > "$LOAD_DIR/newest.lua" <<'LUA'
function request() return wrk.format("GET", "/api/intakes?limit=50", {["Authorization"] = os.getenv("STRIDE_AUTH")}) end
LUA
cat > "$LOAD_DIR/patient.lua" <<'LUA'
math.randomseed(os.time())
function request()
  return wrk.format("GET", string.format("/api/patients/GEN-%07d/intakes", math.random(1, 200000)),
    {["Authorization"] = os.getenv("STRIDE_AUTH")})
end
LUA
for f in newest patient; do cat src/test/load/report.lua >> "$LOAD_DIR/$f.lua"; done
# The worklist page needs a signed-in browser session: clinic.stride.load.PageBench (see there why not wrk).
page() {  # seconds, clients
  "$JAVA_HOME/bin/java" -cp "target/test-classes:$(cat "$LOAD_DIR/test.classpath")" clinic.stride.load.PageBench \
    "http://127.0.0.1:$port/" "$LOAD_USER" "$LOAD_PASSWORD" dashboard "$1" "$2"
}
warm_round() {
  http "$LOAD_DIR/newest.lua" 8
  http "$LOAD_DIR/patient.lua" 8
  page "$secs" 8
}
warm_up warm_round

{
  echo "Generated $(psql -h 127.0.0.1 -U postgres -d $db -Atc 'select count(*) from intake') intakes for $(psql -h 127.0.0.1 -U postgres -d $db -Atc 'select count(*) from patient') patients in ${gen_seconds} s."
  echo
  echo "| query | bare SQL (EXPLAIN ANALYZE of the prepared statement, median of 5) | 1 client p50 | 1 client p95 | 8 clients p50 | 8 clients p95 | req/s (8 clients) |"
  echo "|---|---|---|---|---|---|---|"
  row() {  # label, SQL, parameter types, values, Lua script
    local one eight
    one=$(http "$5" 1)
    eight=$(http "$5")
    echo "| $1 | $(sql_ms "$2" "$3" "$4") ms | $(echo "$one" | field p50_ms) ms | $(echo "$one" | field p95_ms) ms | $(echo "$eight" | field p50_ms) ms | $(echo "$eight" | field p95_ms) ms | $(echo "$eight" | field rps) |"
  }
  row "newest 50 intakes (\`GET /api/intakes?limit=50\`)" "$newest_sql" int 51 "$LOAD_DIR/newest.lua"
  row "one patient's history (\`GET /api/patients/{clinicId}/intakes\`, random patient, ~5 visits)" "$patient_sql" text "'GEN-0123457'" "$LOAD_DIR/patient.lua"
  # The clinician's worklist is a page (/dashboard, a session), not an API: its SQL only. wrk could not hold a
  # Payara session (JSESSIONIDVERSION changes on every response; requests without it are signed out).
  one=$(page "$secs" 1)
  eight=$(page "$secs" 8)
  echo "| dashboard worklist page (\`GET /dashboard\` signed in: last 7 days, red flags first, 25 rows as HTML) | $(sql_ms "$worklist_sql" "date, int" "'$week_ago', 26") ms | $(echo "$one" | field p50_ms) ms | $(echo "$one" | field p95_ms) ms | $(echo "$eight" | field p50_ms) ms | $(echo "$eight" | field p95_ms) ms | $(echo "$eight" | field rps) |"
  echo
  echo "Warm-up: $WARM_ROUNDS rounds until the JIT compiled < 1 s per round (last: $WARM_LAST s)."
  echo
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(date -u +%Y-%m-%d)."
} > "$out"
cat "$out"
