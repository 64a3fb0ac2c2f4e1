# Sourced by backup.sh and restore.sh: libpq settings (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) with the
# application's own STRIDE_DB_URL / STRIDE_DB_USER / STRIDE_DB_PASSWORD as defaults, so one environment file
# serves both (deploy/systemd/stride.env.example). Explicit PG* variables win. The migration (owner) login comes
# first when there is one: the application role may not read every table (the schema history), so a dump made
# as it would be incomplete, and a restore needs the owner anyway.
stride_pgenv() {
  local url="${STRIDE_DB_URL:-}"
  if [ -n "$url" ]; then
    # jdbc:postgresql://host[:port]/database[?params]
    local rest="${url#jdbc:postgresql://}"
    rest="${rest%%\?*}"
    local hostport="${rest%%/*}"
    local database="${rest#*/}"
    local host="${hostport%%:*}"
    local port=5432
    [ "$hostport" != "$host" ] && port="${hostport#*:}"
    export PGHOST="${PGHOST:-$host}" PGPORT="${PGPORT:-$port}" PGDATABASE="${PGDATABASE:-$database}"
  fi
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGDATABASE="${PGDATABASE:-stride}"
  local user="${STRIDE_DB_USER:-postgres}" password="${STRIDE_DB_PASSWORD:-}"
  if [ -n "${STRIDE_DB_MIGRATION_USER:-}" ]; then
    user="$STRIDE_DB_MIGRATION_USER" password="${STRIDE_DB_MIGRATION_PASSWORD:-}"
  fi
  export PGUSER="${PGUSER:-$user}"
  if [ -z "${PGPASSWORD:-}" ] && [ -n "$password" ]; then
    export PGPASSWORD="$password"
  fi
}

# The backup key must come from the environment (systemd LoadCredential/EnvironmentFile, a Kubernetes Secret):
# openssl reads it with -pass env:, so it never appears on a command line that ps would show.
require_backup_key() {
  if [ -z "${STRIDE_BACKUP_KEY:-}" ]; then
    echo "STRIDE_BACKUP_KEY is not set: backups are encrypted with it and cannot be made or read without it." >&2
    exit 2
  fi
  if [ "${#STRIDE_BACKUP_KEY}" -lt 20 ]; then
    echo "STRIDE_BACKUP_KEY is shorter than 20 characters; use e.g. 'openssl rand -base64 32'." >&2
    exit 2
  fi
}

# One cipher setting for both directions: AES-256-CBC, key from the passphrase by PBKDF2 with 200,000 iterations.
STRIDE_CIPHER=(-aes-256-cbc -salt -pbkdf2 -iter 200000 -md sha256)
