#!/usr/bin/env bash
# Fault test: intake submissions under load while PostgreSQL is restarted and, separately, Payara Micro is
# killed with kill -9 and started again. Afterwards every intake acknowledged with a 201 must be in the
# database, none half-written, and retries with the same Idempotency-Key must not have created duplicates.
# Prints "acknowledged N, found N, lost 0, duplicates 0" and exits non-zero otherwise.
# Usage: src/test/load/fault-test.sh [seconds=60] [threads=8]   (traffic only to 127.0.0.1)
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/lib/java.sh
source deploy/lib/postgres.sh
source src/test/load/lib.sh
source src/test/load/users.sh

seconds=${1:-60}
threads=${2:-8}
port=8484
db=stride_fault
pg_version=$(ls /etc/postgresql | sort -n | tail -1)

ensure_postgres
build_stride
fresh_database $db
start_stride $port $db -Xmx768m
echo "Stride ready in ${BOOT_SECONDS}s"
trap 'stop_stride' EXIT

"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat $LOAD_DIR/test.classpath)" clinic.stride.load.FaultClient \
  "http://127.0.0.1:$port" "$LOAD_USER" "$LOAD_PASSWORD" "$seconds" "$threads" "$LOAD_DIR/acknowledged.csv" &
client=$!

sleep $((seconds / 4))
echo "$(date +%T) restarting PostgreSQL"
pg_ctlcluster --skip-systemctl-redirect "$pg_version" main restart -m fast 2>/dev/null || pg_ctlcluster "$pg_version" main restart -m fast
echo "$(date +%T) PostgreSQL back"

sleep $((seconds / 4))
echo "$(date +%T) kill -9 Payara (pid $STRIDE_PID)"
kill -9 "$STRIDE_PID"; wait "$STRIDE_PID" 2>/dev/null || true
sleep 2
start_stride $port $db -Xmx768m
echo "$(date +%T) Payara back, ready in ${BOOT_SECONDS}s"

wait $client

psql -h 127.0.0.1 -U postgres -d $db -qc "create temp table ack(id uuid, key text, clinic_id text)" \
  -c "\copy ack from '$LOAD_DIR/acknowledged.csv' with csv" \
  -At -F ' ' -c "select
     (select count(*) from ack),
     (select count(*) from ack join intake i on i.id = ack.id),
     (select count(*) from ack left join intake i on i.id = ack.id where i.id is null),
     (select coalesce(sum(n - 1), 0) from (select count(*) n from intake i join patient p on p.id = i.patient_id
        where p.clinic_id like 'F-%' group by p.clinic_id having count(*) > 1) d),
     (select count(*) from intake i where not exists (select 1 from intake_version v where v.intake_id = i.id and v.version = i.current_version)),
     (select count(*) from intake_version v where not exists (select 1 from assessment a where a.intake_id = v.intake_id and a.version = v.version)),
     (select count(*) from ack join idempotency_key k on k.key = ack.key and k.intake_id = ack.id)" \
  > "$LOAD_DIR/fault-check.txt"
read -r acknowledged found lost duplicates no_version no_assessment keyed < "$LOAD_DIR/fault-check.txt"
echo "half-written: intakes without their version $no_version, versions without assessment $no_assessment; idempotency keys matching $keyed"
unexpected=$(cat "$LOAD_DIR/unexpected.txt")
echo "unexpected answers from a ready Stride (500s, other 4xx): $unexpected"
echo "acknowledged $acknowledged, found $found, lost $lost, duplicates $duplicates"
[ "$acknowledged" -gt 0 ] && [ "$unexpected" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$duplicates" -eq 0 ] && [ "$no_version" -eq 0 ] \
  && [ "$no_assessment" -eq 0 ] && [ "$keyed" -eq "$acknowledged" ]
