#!/usr/bin/env bash
# Lints an OpenAPI document with two real linters, pinned in package-lock.json:
#   .ci/openapi-lint/lint.sh target/openapi-served.json
# Redocly CLI (recommended rules) and Spectral (spectral:oas); exits non-zero on any error (warnings are
# printed, not fatal). The first run installs the linters from the npm registry into node_modules.
# OpenApiIT runs this on the document Stride serves.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
document=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "lint.sh needs $tool (Debian: apt-get install nodejs npm)" >&2; exit 2; }
done
cd "$here"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
status=0
echo "== Redocly (recommended)"
node_modules/.bin/redocly lint "$document" --config redocly.yaml --format=stylish 2>&1 | grep -v '[║╔╚]' || status=1
echo "== Spectral (spectral:oas)"
node_modules/.bin/spectral lint "$document" --ruleset .spectral.yaml --fail-severity=error || status=1
exit $status
