# Sourced by scripts: ensure_postgres makes sure PostgreSQL answers on 127.0.0.1:5432 as user postgres,
# starting the local Debian cluster if it is installed but stopped.
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    return 0
  fi
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
    if [ -n "$version" ]; then
      echo "Starting PostgreSQL $version (pg_ctlcluster $version main start)"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
    fi
  fi
  local ready=no
  for _ in $(seq 1 30); do
    if pg_isready -q -h 127.0.0.1 -p 5432; then ready=yes; break; fi
    sleep 1
  done
  if [ "$ready" != yes ]; then
    echo "PostgreSQL is not answering on 127.0.0.1:5432." >&2
    echo "Install it (apt-get install postgresql) and start it: pg_ctlcluster 15 main start" >&2
    exit 1
  fi
  # This machine kind trusts local TCP logins for postgres. A freshly installed Debian cluster does not:
  # on a throw-away CI machine, add the same trust rule for 127.0.0.1 and reload.
  if ! psql -h 127.0.0.1 -U postgres -Atc 'select 1' >/dev/null 2>&1; then
    if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ]; then
      local hba
      hba=$(su postgres -c "psql -Atc 'show hba_file'")
      sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
      su postgres -c "psql -qc 'select pg_reload_conf()'" >/dev/null
    fi
    psql -h 127.0.0.1 -U postgres -Atc 'select 1' >/dev/null || {
      echo "Cannot log in to PostgreSQL on 127.0.0.1 as postgres without a password." >&2
      echo "Set STRIDE_DB_USER/STRIDE_DB_PASSWORD, or add 'host all postgres 127.0.0.1/32 trust' to pg_hba.conf." >&2
      exit 1
    }
  fi
}
