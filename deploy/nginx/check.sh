#!/usr/bin/env bash
# Checks deploy/nginx/stride.conf with nginx's own parser (nginx -t), against a self-signed certificate made in
# a temporary folder. Nothing listens and nothing is installed: run as any user that can run nginx.
#   deploy/nginx/check.sh
# Needs: nginx (Debian: apt-get install nginx-light), openssl.
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
