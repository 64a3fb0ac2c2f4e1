#!/usr/bin/env bash
# Validates the Kubernetes manifests in deploy/k8s offline against schemas, not by eye:
#   deploy/k8s/validate.sh [directory with a kustomization.yaml, default deploy/k8s]
# - every file listed in kustomization.yaml, and no .yaml left unlisted;
# - built-in kinds against the Kubernetes OpenAPI schemas (npm package kubernetes-models, pinned in
#   validator/package-lock.json), plus a strict unknown-field check (like kubeconform -strict) through TypeScript;
# - the CloudNativePG Cluster against a structural schema (validator/cnpg-cluster.d.ts), as its CRD schema is
#   not available offline;
# - if kubectl is installed, that `kubectl kustomize` renders the set.
# Needs Node.js 18+ and npm (Debian: apt-get install nodejs npm); the first run installs the validator's packages
# from the npm registry into validator/node_modules. The build runs this from KubernetesManifestsIT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "deploy/k8s/validate.sh needs $tool (Debian: apt-get install nodejs npm)" >&2; exit 2; }
done

cd "$here/validator"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

target=$(cd "${1:-$here}" && pwd)
node validate.mjs "$target/kustomization.yaml"

if command -v kubectl >/dev/null; then
  kubectl kustomize "$target" >/dev/null && echo "OK kubectl kustomize renders $target"
fi
