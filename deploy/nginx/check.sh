#!/usr/bin/env bash
# Checks deploy/nginx/stride.conf with nginx's own parser (nginx -t), against a self-signed certificate made in
# a temporary folder, then runs it for a moment on two free loopback ports (its Stride instances pointed at a port
# where nothing listens) and reads its access log back: no link token and no query string may be in it. Nothing is
# installed: run as any user that can run nginx.
#   deploy/nginx/check.sh
# Needs: nginx (Debian: apt-get install nginx-light), openssl, curl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$nginx_bin" ]; then
  echo "nginx is not installed (Debian: apt-get install nginx-light)" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/logs"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=stride.example.clinic" \
  -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" 2>/dev/null

# The file as shipped, with only its certificate and log paths pointed into the temporary folder.
sed -e "s#/etc/ssl/stride/#$tmp/#g" -e "s#/var/log/nginx/#$tmp/logs/#g" "$here/stride.conf" > "$tmp/stride.conf"

mime=/etc/nginx/mime.types
[ -f "$mime" ] || mime=/dev/null
cat > "$tmp/nginx.conf" <<CONF
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log;
events { }
http {
    include $mime;
    access_log $tmp/logs/access.log;
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    include $tmp/stride.conf;
}
CONF

if out=$("$nginx_bin" -t -q -p "$tmp" -c "$tmp/nginx.conf" 2>&1); then
  [ -z "$out" ] || echo "$out"
  echo "deploy/nginx/stride.conf: nginx -t OK ($("$nginx_bin" -v 2>&1))"
else
  echo "$out" >&2
  echo "deploy/nginx/stride.conf: nginx -t FAILED" >&2
  exit 1
fi

# The same file on loopback ports, its upstream on a port that refuses: every request ends as a 502, and nginx
# still writes each one to the access log as configured.
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo $p; return; }
  done
  echo "no free port found" >&2; exit 1
}
http_port=$(free_port); https_port=$(free_port)
sed -e "s#listen 80;#listen 127.0.0.1:$http_port;#" -e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#" \
    -e '/listen \[::\]/d' -e 's#server 10\.0\.0\.[0-9]*:8080#server 127.0.0.1:1#' "$tmp/stride.conf" > "$tmp/running.conf"
sed -e "s#include $tmp/stride.conf;#include $tmp/running.conf;#" "$tmp/nginx.conf" > "$tmp/running-nginx.conf"
"$nginx_bin" -p "$tmp" -c "$tmp/running-nginx.conf"
trap '[ ! -e "$tmp/nginx.pid" ] || "$nginx_bin" -p "$tmp" -c "$tmp/running-nginx.conf" -s stop 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 50); do [ -s "$tmp/nginx.pid" ] && break; sleep 0.1; done
asked=(
  "/intake-links/tok3nOfAPatient/start?lang=es"
  "/dashboard?filtered=1&name=Mar%C3%ADa+N%C3%BA%C3%B1ez&from=2026-12-01"
  "/api/fhir/Patient?identifier=https://stride.clinic/fhir/sid/clinic-id%7CCLIN-0042"
)
for path in "${asked[@]}"; do
  curl -sk -o /dev/null --max-time 10 "https://127.0.0.1:$https_port$path" || true
done
"$nginx_bin" -p "$tmp" -c "$tmp/running-nginx.conf" -s quit 2>/dev/null
for _ in $(seq 1 50); do [ -e "$tmp/nginx.pid" ] || break; sleep 0.1; done
log="$tmp/logs/stride.access.log"
expected=("GET /intake-links/[token]/start?[query] " "GET /dashboard?[query] " "GET /api/fhir/Patient?[query] ")
for line in "${expected[@]}"; do
  grep -qF "$line" "$log" || { echo "access log lacks \"$line\":" >&2; cat "$log" >&2; exit 1; }
done
if grep -qiE "tok3n|name=|Mar%C3%ADa|CLIN-0042" "$log"; then
  echo "access log holds a token or a query value:" >&2; cat "$log" >&2; exit 1
fi
echo "deploy/nginx/stride.conf: access log OK ($(wc -l < "$log") requests, link tokens and query strings left out)"
