# Shared by the load, fault and data scripts: build once, start/stop Payara Micro with Stride on loopback.
# Source from the project root after deploy/lib/java.sh and deploy/lib/postgres.sh.

PAYARA_VERSION=7.2025.1
MICRO_JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar"
LOAD_DIR=target/load
# Heap and collector as deployed (deploy/systemd/stride.env.example; docs/benchmarks.md, "Performance round 2").
DEPLOYED_JAVA_OPTS="-XX:+UseSerialGC -Xmx320m"
# Payara Micro's options as deployed: the pre-boot commands bound the request threads (deploy/payara-micro/pre-boot.asadmin).
DEPLOYED_PREBOOT=deploy/payara-micro/pre-boot.asadmin
DEPLOYED_PAYARA_ARGS="--nocluster --prebootcommandfile $DEPLOYED_PREBOOT"
# What Payara Micro deploys everywhere (pom.xml, execution "micro"): the WAR without its libraries, and the
# libraries beside it in stride-lib/, given with --addLibs (docs/benchmarks.md, issue 21: a shorter boot, less memory).
# STRIDE_WAR=target/stride.war measures the WAR with its libraries inside, as before.
STRIDE_WAR=${STRIDE_WAR:-target/stride-micro.war}
mkdir -p "$LOAD_DIR"

# deploy_args WAR: Payara Micro's arguments that deploy WAR: a *-micro.war with the stride-lib/ beside it, any
# other WAR (target/stride.war, or one built before the libraries moved out) on its own. Paths without spaces.
deploy_args() {
  local libs
  libs="$(dirname "$1")/stride-lib"
  if [[ "$1" != *-micro.war ]]; then echo "--deploy $1"
  elif [ -d "$libs" ]; then echo "--deploy $1 --addLibs $libs"
  else echo "deploy_args: $1 has no $libs beside it (./mvnw package writes both)" >&2; return 1
  fi
}

build_stride() {
  ./mvnw -B -q -ntp -DskipTests package
  [ -f "$MICRO_JAR" ] || ./mvnw -B -q -ntp dependency:get -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION"
  ./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$LOAD_DIR/test.classpath" -Dmdep.includeScope=test >/dev/null
}

# The floors' WARs from the compiled test classes: floor.war, the framework floor (load-test.sh, boot-floor.sh), of
# clinic.stride.load.floor; stack-floor.war, the stack floor (load-test.sh), of clinic.stride.load.stackfloor.
build_floor_war() {
  local name package
  for name in floor stack-floor; do
    package=${name//-/}
    rm -rf "$LOAD_DIR/$name" && mkdir -p "$LOAD_DIR/$name/WEB-INF/classes/clinic/stride/load"
    cp -r "target/test-classes/clinic/stride/load/$package" "$LOAD_DIR/$name/WEB-INF/classes/clinic/stride/load/"
    # The stack floor's persistence unit (OrmRows), where JPA looks for it.
    if [ -f "target/test-classes/clinic/stride/load/$package/$name-persistence.xml" ]; then
      mkdir -p "$LOAD_DIR/$name/WEB-INF/classes/META-INF"
      mv "$LOAD_DIR/$name/WEB-INF/classes/clinic/stride/load/$package/$name-persistence.xml" \
        "$LOAD_DIR/$name/WEB-INF/classes/META-INF/persistence.xml"
    fi
    (cd "$LOAD_DIR/$name" && "$JAVA_HOME/bin/jar" cf "../$name.war" WEB-INF)
  done
}

fresh_database() {
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $1 with (force)" -c "create database $1"
}

# start_stride PORT DB [extra java options]: starts Payara Micro in the background, waits until
# /health/ready answers; sets STRIDE_PID and BOOT_SECONDS (to ready, measured with millisecond clocks).
start_stride() {
  local port=$1 db=$2; shift 2
  local t0 t1
  t0=$(date +%s%N)
  STRIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" STRIDE_DB_USER=postgres STRIDE_DB_PASSWORD= \
  STRIDE_DEMO_USERS=true \
    "$JAVA_HOME/bin/java" "$@" -jar "$MICRO_JAR" $(deploy_args $STRIDE_WAR) --port "$port" $DEPLOYED_PAYARA_ARGS \
    >> "$LOAD_DIR/payara-$port.out" 2>&1 &
  STRIDE_PID=$!
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
      t1=$(date +%s%N)
      BOOT_SECONDS=$(awk "BEGIN {printf \"%.1f\", ($t1 - $t0) / 1e9}")
      return 0
    fi
    kill -0 "$STRIDE_PID" 2>/dev/null || { tail -30 "$LOAD_DIR/payara-$port.out" >&2; return 1; }
    sleep 0.2
  done
  echo "Stride did not become ready on port $port" >&2
  return 1
}

stop_stride() {
  [ -n "${STRIDE_PID:-}" ] && kill "$STRIDE_PID" 2>/dev/null && wait "$STRIDE_PID" 2>/dev/null || true
  STRIDE_PID=
}

basic_auth() {
  printf 'Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"
}

# Seconds the JIT has spent compiling in the running Stride (STRIDE_PID) since it started. On 2 vCPUs C2 keeps
# compiling Payara's, Jersey's, Hibernate's and Stride's paths for minutes under load, taking up to a core:
# the scripts warm up until a round adds less than a second, so they measure Stride rather than the compiler.
jit_seconds() {
  "$JAVA_HOME/bin/jcmd" "$STRIDE_PID" PerfCounter.print 2>/dev/null \
    | awk -F= '/^java.ci.totalTime=/ {t = $2} /^sun.os.hrt.frequency=/ {f = $2} END {printf "%.2f", t / f}'
}

# warm_up COMMAND...: runs COMMAND (one round of load) until the JIT compiled for less than 1 s during a
# round, at most 16 rounds; sets WARM_ROUNDS and WARM_LAST (seconds compiled in the last round).
warm_up() {
  local j0
  WARM_ROUNDS=0
  while :; do
    WARM_ROUNDS=$((WARM_ROUNDS + 1))
    j0=$(jit_seconds)
    "$@" >/dev/null
    WARM_LAST=$(awk "BEGIN {print $(jit_seconds) - $j0}")
    echo "warm-up round $WARM_ROUNDS: JIT compiled for ${WARM_LAST} s" >&2
    if awk "BEGIN {exit !($WARM_LAST < 1)}" || [ $WARM_ROUNDS -ge 16 ]; then break; fi
  done
}

# The 1-minute load average; CPU seconds (user + system) and resident memory of a process so far, from /proc.
load1() { cut -d' ' -f1 /proc/loadavg; }
cpu_s() {  # user+system CPU seconds of the process so far
  awk -v t="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / t}' "/proc/$1/stat"
}
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# CPU seconds of the whole machine's cores so far (user, nice, system, irq, softirq, steal; not idle or iowait).
machine_busy_s() {
  awk -v t="$(getconf CLK_TCK)" '/^cpu / {printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / t}' /proc/stat
}
# CPU seconds of PostgreSQL as a whole so far: the postmaster, its live processes (backends, WAL writer,
# checkpointer...) and those that have exited, whose time the postmaster collects as it reaps them. A backend that
# ends between two readings (every pgbench connection, a pool's closed one) is counted; a sum over live backends
# alone goes down when one exits.
postgres_cpu_s() {
  local pm
  pm=$(pgrep -o -x postgres) || { echo 0; return; }
  { cat "/proc/$pm/stat"; for p in $(pgrep -P "$pm"); do cat "/proc/$p/stat" 2>/dev/null || true; done; } |
    awk -v t="$(getconf CLK_TCK)" -v pm="$pm" '{pid = $1; sub(/.*\) /, ""); s += $12 + $13; if (pid == pm) s += $14 + $15}
      END {printf "%.2f", s / t}'
}
