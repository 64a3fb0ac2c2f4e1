#!/usr/bin/env bash
# JDK 25 AOT cache for Stride on Payara Micro (JEP 483/514/515): one training run writes the cache, later starts
# read it. Measured in docs/benchmarks.md ("Boot time and the JDK 25 AOT cache"): boot to ready 25.9 s -> 21.1 s
# (median of 3) on 2 vCPUs, RSS after boot about +100 MB (the cache is mapped), cache file about 200 MB.
#
# Training run:
#   STRIDE_DB_URL=jdbc:postgresql://127.0.0.1:5432/stride_aot_training STRIDE_DEMO_USERS=true \
#     deploy/payara-micro/aot-cache.sh /var/lib/stride/stride.aot -XX:+UseSerialGC -Xmx320m -jar payara-micro.jar \
#     --deploy stride-micro.war --addLibs stride-lib --port 8080 --nocluster
# It starts Java with -XX:AOTCacheOutput=CACHE and the given arguments, waits for /health/ready, sends a few
# requests (health, the sign-in page, the landing page, and with STRIDE_DEMO_USERS=true or AOT_USER/AOT_PASSWORD
# set, one API intake and the intake list), stops Payara with SIGTERM and waits while the JVM writes the cache.
# Train against a scratch database, never the clinic's: the training run submits an intake.
#
# Then start exactly as trained, plus the cache (same JDK build, same jar path, same JVM options):
#   java -XX:AOTCache=/var/lib/stride/stride.aot -XX:+UseSerialGC -Xmx320m -jar payara-micro.jar --deploy stride-micro.war --addLibs stride-lib --port 8080 --nocluster
# A cache that does not match (another JDK, another jar, other GC/heap options) is ignored with a warning and the
# start is simply as slow as without it; redo the training run after every Stride, Payara or JDK upgrade.
# Known failure (Temurin 25.0.3, 2026-12-05): with the deployed -XX:+UseSerialGC the JVM crashes while it writes the
# cache (SIGSEGV in InstanceKlass::can_be_verified_at_dumptime), with the libraries inside the WAR or beside it;
# with G1 (-Xmx1g) it writes one, but of 17 MB only (the libraries Payara Micro loads are left out). Not deployed.
set -euo pipefail
source "$(dirname "$0")/../lib/java.sh"

[ $# -ge 3 ] || { sed -n '2,21p' "$0" >&2; exit 2; }
cache=$1; shift
port=8080
prev=
for a in "$@"; do [ "$prev" = --port ] && port=$a; prev=$a; done
base="http://127.0.0.1:$port"
if curl -s -o /dev/null "$base/"; then echo "Something already listens on port $port: stop it first." >&2; exit 1; fi

log=$(mktemp /tmp/stride-aot-training.XXXXXX.log)
echo "Training run (log: $log)"
"$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$cache" "$@" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  curl -sf "$base/health/ready" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$base/health/ready" >/dev/null || { echo "Payara was not ready in 10 minutes; see $log" >&2; exit 1; }

req() { printf '%s ' "$(curl -s -o /dev/null -w '%{http_code}' "$@")"; echo "${@: -1}"; }
req "$base/health"
req "$base/login"
req "$base/"
user=${AOT_USER:-}; password=${AOT_PASSWORD:-}
if [ -z "$user" ] && [ "${STRIDE_DEMO_USERS:-}" = true ]; then
  user=clinician; password=Stride-clinician-2026   # clinic.stride.security.DemoUsers
fi
if [ -n "$user" ]; then
  req -u "$user:$password" -H 'Content-Type: application/json' -H "Idempotency-Key: aot-training-$(date +%s%N)" \
    --data '{"patient":{"clinicId":"AOT-TRAINING","givenName":"Maria","familyName":"Ortega","birthDate":"1961-03-14","sex":"female"},"visitDate":"2026-11-20","language":"en","pain":{"regions":["outer_hip","outer_thigh"],"side":"right","intensity":6,"onset":"gradual","durationWeeks":8,"when":["during_walking","lying_on_side","stairs"],"relievedBy":["rest"],"character":["ache"]},"factors":{"heightCm":164,"weightKg":82,"footwear":{"type":"walking","ageMonths":30,"wornOut":true,"orthotics":false},"posture":{"sittingHoursPerDay":7,"slouched":true,"archedBack":false},"legLength":{"differenceMm":8,"longerSide":"left","measured":false},"gait":{"kneeValgus":false,"overPronation":true,"supination":false,"limp":false},"activity":{"walkingKmPerWeek":25,"runningKmPerWeek":0,"recentIncrease":true,"unevenTerrain":true,"downhill":false,"speedWork":false,"strengthTraining":false,"warmsUp":false,"sports":["swimming"]},"pastInjuries":{"hipFracture":false,"dislocation":false},"conditions":["osteoarthritis"]},"redFlags":{"bladderBowelLoss":false,"numbnessTinglingWeakness":false,"swellingRedness":false,"recentFallOrInjury":false,"fever":false,"severeOrWorsening":false,"notImprovingWithRest":true,"interferesWithDailyActivities":false}}' \
    "$base/api/intakes"
  req -u "$user:$password" "$base/api/intakes"
else
  echo "No API user (STRIDE_DEMO_USERS=true or AOT_USER/AOT_PASSWORD): the API intake is not part of the training."
fi

echo "Stopping Payara; the JVM now writes the AOT cache (about 25 s on 2 vCPUs)"
kill $pid
wait $pid || true   # Payara Micro exits with 143 on SIGTERM
trap - EXIT
[ -s "$cache" ] || { echo "No AOT cache was written; see $log" >&2; exit 1; }
echo "AOT cache: $cache ($(du -h "$cache" | cut -f1)). Start with: java -XX:AOTCache=$cache $*"
