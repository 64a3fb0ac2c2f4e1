#!/usr/bin/env bash
# Starts Stride on http://localhost:8080 with demo data: builds the WAR, makes sure PostgreSQL runs, creates
# the database "stride" if it is missing, and runs Payara Micro in the foreground (Ctrl-C stops it).
# Options through the environment: STRIDE_PORT (8080), STRIDE_DB_NAME (stride), STRIDE_DB_URL/USER/PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source deploy/lib/fonts.sh

port="${STRIDE_PORT:-8080}"
db="${STRIDE_DB_NAME:-stride}"
payara_version=7.2025.1
export STRIDE_DB_URL="${STRIDE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$db}"
export STRIDE_DB_USER="${STRIDE_DB_USER:-postgres}"
export STRIDE_DB_PASSWORD="${STRIDE_DB_PASSWORD:-}"
export STRIDE_DEMO_PATIENTS=true
export STRIDE_DEMO_USERS=true
# The de-identified CSV export needs a pseudonym key; a demo gets a fresh random one each run.
export STRIDE_EXPORT_PSEUDONYM_KEY="${STRIDE_EXPORT_PSEUDONYM_KEY:-$(head -c 32 /dev/urandom | base64)}"
# Plain http on localhost: the session cookie cannot be marked Secure.
export STRIDE_COOKIES_SECURE="${STRIDE_COOKIES_SECURE:-false}"

ensure_postgres
ensure_report_fonts
if [ -z "$(psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$db'")" ]; then
  echo "Creating database $db"
  psql -h 127.0.0.1 -U postgres -qc "create database $db"
fi

echo "Building Stride (tests are run by the test command, not here)"
./mvnw -B -q -ntp -DskipTests package
micro="$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar"
if [ ! -f "$micro" ]; then
  ./mvnw -B -q -ntp dependency:get -Dartifact="fish.payara.extras:payara-micro:$payara_version"
fi

mkdir -p target/demo
log=target/demo/payara.log
echo "Starting Payara Micro $payara_version on port $port (log: $log)"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx320m -jar "$micro" --deploy target/stride-micro.war --addLibs target/stride-lib --port "$port" --nocluster \
  --prebootcommandfile deploy/payara-micro/pre-boot.asadmin --logtofile "$PWD/$log" > target/demo/payara.out 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT INT TERM

waited=0
until curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1; do
  if ! kill -0 $pid 2>/dev/null; then
    echo "Payara Micro stopped during start-up; last lines of its output:" >&2
    tail -40 target/demo/payara.out >&2
    exit 1
  fi
  waited=$((waited + 1))
  if [ $waited -gt 240 ]; then
    echo "Stride was not ready after 240 s; see $log" >&2
    exit 1
  fi
  sleep 1
done

cat <<MSG

  Stride is running: http://localhost:$port/
  (ready after about $waited s, database $db)

  Demo logins (sign in at http://localhost:$port/login):
$("$JAVA_HOME/bin/java" -cp target/classes clinic.stride.security.DemoUsers | sed 's/^/    /')

  Pages: / (links for each role), /dashboard and /knowledge (clinician), /intake, /kiosk,
         /front-desk/intake-link and /front-desk/worklist (front desk or clinician), /admin/audit and
         /admin/users (admin; clinical roles and their password resets need a second admin: admin2)
  API example:
    curl -u clinician:Stride-clinician-2026 http://localhost:$port/api/intakes

  Press Ctrl-C to stop.
MSG
wait $pid
