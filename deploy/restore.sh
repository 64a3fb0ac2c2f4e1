#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database; it never writes over an existing one.
#
#   STRIDE_BACKUP_KEY=... deploy/restore.sh <backup.dump.enc> <new_database_name>
#
# Checks the .sha256 beside the file when there is one, creates <new_database_name>, decrypts and runs
# pg_restore in one transaction (all or nothing, stopping at the first error). Point Stride at the restored
# database by changing STRIDE_DB_URL, or rename databases while Stride is stopped:
#   ALTER DATABASE stride RENAME TO stride_old; ALTER DATABASE <new> RENAME TO stride;
# Connection: as backup.sh (PG* variables, defaulting to STRIDE_DB_*); the user needs CREATEDB.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/pgenv.sh"

if [ $# -ne 2 ]; then
  sed -n '2,12p' "$0"
  exit 2
fi
file="$1"
target="$2"
[ -f "$file" ] || { echo "no such backup: $file" >&2; exit 2; }
[[ "$target" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "database name must be lower case letters, digits and _: '$target'" >&2; exit 2; }

stride_pgenv
require_backup_key

if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --quiet --check "$(basename "$file").sha256") \
    || { echo "checksum mismatch: $file is damaged" >&2; exit 1; }
fi

exists=$(psql --no-password -d postgres -Atc "select 1 from pg_database where datname = '$target'")
if [ "$exists" = 1 ]; then
  echo "database $target already exists: restore only into a new database" >&2
  exit 1
fi

# Try the key before creating anything: a wrong key fails the padding check at the end of the file. Nothing
# decrypted is written to disk; the data goes straight from openssl into pg_restore.
if ! openssl enc -d "${STRIDE_CIPHER[@]}" -pass env:STRIDE_BACKUP_KEY -in "$file" -out /dev/null 2>/dev/null; then
  echo "cannot decrypt $file: wrong STRIDE_BACKUP_KEY or damaged file" >&2
  exit 1
fi

createdb --no-password "$target"
if ! openssl enc -d "${STRIDE_CIPHER[@]}" -pass env:STRIDE_BACKUP_KEY -in "$file" \
    | pg_restore --no-password --exit-on-error --single-transaction --no-owner -d "$target"; then
  dropdb --no-password "$target" || true
  echo "restore failed; $target was removed again" >&2
  exit 1
fi
echo "restored $file into database $target"
