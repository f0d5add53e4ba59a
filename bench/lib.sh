# Shared helpers for bench/overload, bench/crash and bench/run (sourced, not run).
# They start the packaged jar on loopback with the demo profile, against the embedded PostgreSQL
# (in a temporary directory, on a known port so psql can check it) or an external PostgreSQL:
# KLYNGE_EXTERNAL_DB_URL (as bin/test exports it), else a throw-away Debian PostgreSQL of our own.
# Environment: BENCH_SKIP_BUILD=1 uses target/klynge-*.jar as it is (bin/test: verify just built it);
# KLYNGE_BENCH_JVM_OPTS replaces the JVM flags below.

set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Chosen by bench/run (see docs/performance.md): a 256 MB heap with the serial collector keeps the
# JVM well under 350 MB RSS on a small VM, with virtual threads doing the waiting.
JVM_OPTS=${KLYNGE_BENCH_JVM_OPTS:--Xms128m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k}

work=$(mktemp -d /tmp/klynge-gate.XXXXXX)
app_pids=()
own_pg_dir=''

bench_cleanup() {
  local pid
  for pid in "${app_pids[@]}"; do
    # children first: nginx's worker outlives a master killed with -9 (and kept the CI's lock
    # file open, so the next flock waited for it)
    pkill -9 -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
  done
  if [[ -n ${bench_db:-} && -n ${external_admin_url:-} ]]; then
    psql_admin -q -c "drop database if exists $bench_db with (force)" >/dev/null 2>&1 || true
  fi
  if [[ -n $own_pg_dir && -d $own_pg_dir ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$own_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$own_pg_dir" 2>/dev/null || true
  fi
  # The killed JVM's embedded PostgreSQL may still be writing for a moment: retry, never fail the gate here.
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "kept $work" >&2; else rm -rf "$work" 2>/dev/null || { sleep 2; rm -rf "$work" || true; }; fi
}
trap bench_cleanup EXIT

log() { echo "$(date +%H:%M:%S) $(basename "$0"): $*" >&2; }
die() { log "FAILED: $*"; exit 1; }

find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*25*/bin/java \
      "$(command -v java || true)"; do
    [[ -x $candidate ]] || continue
    if "$candidate" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
      echo "$candidate"
      return
    fi
  done
  die "no JDK 25 found (set JAVA_HOME)"
}
java=$(find_java)

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port=$1
  while port_in_use "$port" || [[ -e /tmp/.s.PGSQL.$port.lock ]]; do port=$((port + 1)); done
  echo "$port"
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

build_jar() {
  if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]] || ! ls target/klynge-*.jar >/dev/null 2>&1; then
    log "building the jar (./mvnw package -DskipTests)"
    ./mvnw -B -q -DskipTests package >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; die "build"; }
  fi
  jar=$(ls target/klynge-*.jar | grep -v plain | head -n 1)
}

# An external PostgreSQL server: KLYNGE_EXTERNAL_DB_URL, else our own Debian one. Sets pg_host,
# pg_port, pg_user, pg_password and external_admin_url (the server's maintenance database).
external_server() {
  if [[ -n ${KLYNGE_EXTERNAL_DB_URL:-} ]]; then
    [[ $KLYNGE_EXTERNAL_DB_URL =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?(/([^?]*))? ]] \
      || die "not a PostgreSQL JDBC URL: $KLYNGE_EXTERNAL_DB_URL"
    pg_host=${BASH_REMATCH[1]}
    pg_port=${BASH_REMATCH[3]:-5432}
    pg_admin_db=${BASH_REMATCH[5]:-postgres}
    pg_user=${KLYNGE_EXTERNAL_DB_USER:-postgres}
    pg_password=${KLYNGE_EXTERNAL_DB_PASSWORD:-}
  else
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n $pg_bin && -x $pg_bin/initdb ]] || die "no KLYNGE_EXTERNAL_DB_URL and no Debian PostgreSQL to start"
    own_pg_dir=$(mktemp -d /tmp/klynge-gate-pg.XXXXXX)
    [[ $(id -u) -eq 0 ]] && chown postgres: "$own_pg_dir"
    as_postgres "$pg_bin/initdb" -D "$own_pg_dir/data" --auth=trust -U postgres -E UTF8 >/dev/null
    pg_port=$(free_port $((56432 + RANDOM % 500)))
    as_postgres "$pg_bin/pg_ctl" -D "$own_pg_dir/data" -l "$own_pg_dir/postgresql.log" -w \
      -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    pg_host=127.0.0.1
    pg_admin_db=postgres
    pg_user=postgres
    pg_password=''
  fi
  external_admin_url=postgresql://$pg_host:$pg_port/$pg_admin_db
}

psql_admin() { PGPASSWORD=$pg_password psql -X -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_admin_db" "$@"; }

# A fresh database on the external server for this run; sets bench_db and db_args (for the app).
external_database() {
  external_server
  bench_db=klynge_gate_$(date +%s)_$$
  psql_admin -q -c "create database $bench_db" >/dev/null
  db_args=(--spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$bench_db"
    --spring.datasource.username="$pg_user" --spring.datasource.password="$pg_password")
  db_kind=external
}

# The embedded PostgreSQL, data in the work directory, on a known port.
embedded_database() {
  pg_host=127.0.0.1
  pg_port=$(free_port $((57432 + RANDOM % 500)))
  pg_user=postgres
  pg_password=''
  bench_db=''
  db_args=(--klynge.embedded-postgres.data-directory="$work/embedded-pg" --klynge.embedded-postgres.port="$pg_port")
  db_kind=embedded
}

# SQL against the application's database.
psql_app() {
  local db=${bench_db:-postgres}
  PGPASSWORD=$pg_password psql -X -q -v ON_ERROR_STOP=1 -At -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$db" "$@"
}

# start_app <port> [extra args...]: starts the jar in the background; sets app_pid.
start_app() {
  local port=$1
  shift
  # shellcheck disable=SC2086
  "$java" $JVM_OPTS -jar "$jar" --spring.profiles.active=demo --server.port="$port" --server.address=127.0.0.1 \
    --logging.file.name="$work/klynge-$port.json" "${db_args[@]}" "$@" >>"$work/app-$port.log" 2>&1 &
  app_pid=$!
  app_pids+=("$app_pid")
}

# wait_ready <port> [seconds]: until GET /ping answers 200; prints the seconds waited.
wait_ready() {
  local port=$1 limit=${2:-240} start now
  start=$(date +%s.%N)
  while true; do
    if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/ping"; then break; fi
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app-$port.log" >&2; die "the application died while starting"; }
    now=$(date +%s.%N)
    if (($(echo "$now - $start > $limit" | bc))); then die "not ready after $limit s"; fi
    sleep 0.05
  done
  now=$(date +%s.%N)
  printf '%.1f\n' "$(echo "$now - $start" | bc)"
}

stop_app() {
  local pid=$1
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

rss_mb() { awk '/VmRSS/{print int($2/1024)}' "/proc/$1/status"; }

meeting_path() {
  local hex
  hex=$(printf 'meeting:pm-2023-03-27' | md5sum | cut -c1-32)
  echo "/meetings/${hex:0:8}-${hex:8:4}-${hex:12:4}-${hex:16:4}-${hex:20:12}"
}

load_client() { "$java" -Xmx512m "$root/bench/LoadClient.java" "$@"; }

# check_acked <ids-file>: every acknowledged id is in its table; prints "found expected".
check_acked() {
  local file=$1 expected found
  expected=$(sort -u "$file" | wc -l)
  sort -u "$file" | awk '{print $1 "\t" $2}' >"$work/acked.tsv"
  found=$(psql_app <<SQL
create temp table acked(tbl text, id uuid);
\copy acked from '$work/acked.tsv'
select (select count(*) from acked a join person p on p.id = a.id where a.tbl = 'person')
     + (select count(*) from acked a join organisation o on o.id = a.id where a.tbl = 'organisation');
SQL
)
  echo "$found $expected"
}
