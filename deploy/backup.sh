#!/usr/bin/env bash
# Backs up the Stride database into one encrypted file and applies the retention rule.
#
#   STRIDE_BACKUP_KEY=... deploy/backup.sh [-d database] [-o directory] [-k keep] [-a max_age_days]
#
# What it does:
#   pg_dump --format=custom (compressed; pg_restore can pick tables) | openssl enc AES-256 (key from
#   STRIDE_BACKUP_KEY via PBKDF2) > <directory>/stride-<database>-<UTC time>.dump.enc, written under a
#   temporary name and renamed only when complete, with a .sha256 beside it to detect corruption.
#   Then it keeps the newest <keep> backups (default 14) and deletes older ones; with -a it also deletes
#   backups older than <max_age_days>, but never the newest one.
#
# Connection: libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), defaulting to STRIDE_DB_URL/USER/PASSWORD.
# Settings by environment: STRIDE_BACKUP_DIR (default /var/backups/stride), STRIDE_BACKUP_KEEP,
# STRIDE_BACKUP_MAX_AGE_DAYS. Run it daily from a systemd timer (deploy/systemd/stride-backup.*) or a CronJob.
set -euo pipefail
umask 077
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/pgenv.sh"

dir="${STRIDE_BACKUP_DIR:-/var/backups/stride}"
keep="${STRIDE_BACKUP_KEEP:-14}"
max_age="${STRIDE_BACKUP_MAX_AGE_DAYS:-}"
database=""
while getopts "d:o:k:a:h" opt; do
  case "$opt" in
    d) database="$OPTARG" ;;
    o) dir="$OPTARG" ;;
    k) keep="$OPTARG" ;;
    a) max_age="$OPTARG" ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || { echo "keep must be a positive number, not '$keep'" >&2; exit 2; }
[ -z "$max_age" ] || [[ "$max_age" =~ ^[0-9]+$ ]] || { echo "max_age_days must be a number" >&2; exit 2; }

stride_pgenv
[ -n "$database" ] && export PGDATABASE="$database"
require_backup_key
mkdir -p "$dir"

stamp=$(date -u +%Y%m%dT%H%M%S%3NZ)
name="stride-${PGDATABASE}-${stamp}.dump.enc"
partial="$dir/.${name}.partial"
trap 'rm -f "$partial"' EXIT

# pipefail makes a failing pg_dump fail the whole pipeline, so a truncated dump is never kept.
pg_dump --format=custom --compress=6 --no-password "$PGDATABASE" \
  | openssl enc -e "${STRIDE_CIPHER[@]}" -pass env:STRIDE_BACKUP_KEY -out "$partial"
echo "$(sha256sum "$partial" | cut -d' ' -f1)  $name" > "$dir/$name.sha256"
mv "$partial" "$dir/$name"
trap - EXIT
echo "backup: $dir/$name ($(stat -c %s "$dir/$name") bytes)"

# Retention. Names sort by time, so the newest are last.
mapfile -t backups < <(cd "$dir" && ls -1 "stride-${PGDATABASE}-"*.dump.enc 2>/dev/null | sort)
count=${#backups[@]}
if [ "$count" -gt "$keep" ]; then
  for old in "${backups[@]:0:$((count - keep))}"; do
    rm -f "$dir/$old" "$dir/$old.sha256"
    echo "retention: removed $old (keeping the newest $keep)"
  done
fi
if [ -n "$max_age" ]; then
  newest="${backups[$((count - 1))]}"
  while IFS= read -r old; do
    old=$(basename "$old")
    [ "$old" = "$newest" ] && continue
    rm -f "$dir/$old" "$dir/$old.sha256"
    echo "retention: removed $old (older than $max_age days)"
  done < <(find "$dir" -maxdepth 1 -name "stride-${PGDATABASE}-*.dump.enc" -mtime "+$max_age")
fi
