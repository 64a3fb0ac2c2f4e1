#!/usr/bin/env bash
# Builds a Stride release into target/release/stride-<version>/: the WAR, the uber-jar (Payara Micro and the WAR in
# one file), the CycloneDX SBOM (JSON and XML), the licence report (LicencePolicyTest's verdicts and the
# license-maven-plugin list), a build-info file and SHA256SUMS over all of them. The version is pom.xml's <version>;
# docs/releases.md tells how to cut one (set the version, run this, tag, publish the folder).
#
# usage: deploy/release.sh [--snapshot] [--skip-tests]
#   --snapshot    build even though the version ends in -SNAPSHOT (a trial run; never hand such files out)
#   --skip-tests  run only the release's own tests (licence policy, version) instead of every unit test
# Needs Maven Central (the CycloneDX plugin refuses to run offline) and Temurin 25 (deploy/lib/java.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/lib/java.sh

snapshot=false
tests=()
for arg in "$@"; do
  case "$arg" in
    --snapshot) snapshot=true ;;
    --skip-tests) tests=(-Dtest=LicencePolicyTest,ReleaseTest -Dsurefire.failIfNoSpecifiedTests=false) ;;
    *) echo "release.sh: unknown option $arg (see the header)" >&2; exit 2 ;;
  esac
done

# The project's own <version>: the first one in pom.xml (Stride has no parent POM).
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
payara=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
[[ -n "$version" && -n "$payara" ]] || { echo "release.sh: cannot read the version from pom.xml" >&2; exit 1; }
if [[ "$version" == *-SNAPSHOT && "$snapshot" != true ]]; then
  echo "release.sh: $version is not a release version; set <version> in pom.xml (docs/releases.md) or pass --snapshot" >&2
  exit 1
fi

echo "== Stride $version: build, ${tests[*]:-all unit tests}, SBOM, licence list"
./mvnw -B -ntp clean package license:add-third-party -Dcyclonedx.skip=false "${tests[@]}"

out="target/release/stride-$version"
rm -rf "$out" && mkdir -p "$out"
for f in target/bom.json target/bom.xml target/licence-report.tsv target/generated-sources/license/THIRD-PARTY.txt; do
  [[ -s "$f" ]] || { echo "release.sh: $f is missing (the SBOM needs online mode; the licence report LicencePolicyTest)" >&2; exit 1; }
done
cp target/stride.war "$out/stride-$version.war"
cp target/bom.json "$out/stride-$version-sbom.cdx.json"
cp target/bom.xml "$out/stride-$version-sbom.cdx.xml"
cp target/licence-report.tsv "$out/stride-$version-licences.tsv"
cp target/generated-sources/license/THIRD-PARTY.txt "$out/stride-$version-third-party.txt"

echo "== uber-jar on Payara Micro $payara"
micro="$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara/payara-micro-$payara.jar"
[[ -f "$micro" ]] || ./mvnw -B -q -ntp dependency:get -Dartifact="fish.payara.extras:payara-micro:$payara"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Inside an uber-jar the context root is the WAR's file name: ROOT.war serves at "/" (deploy/README.md).
# The WAR without its libraries and the libraries beside it (pom.xml, "micro"): inside the jar under MICRO-INF/lib,
# Payara Micro puts them on the class path instead of parsing their classes when it deploys.
cp target/stride-micro.war "$work/ROOT.war"
# No --rootdir: Payara Micro 7.2025.1 records it in the jar and, given an empty one, leaves the domain out (it logs
# SEVERE "Config directory is not in the root directory" and exits 0); that jar never starts. UpgradeFromFirstReleaseIT
# starts a jar written this way.
"$JAVA_HOME/bin/java" -jar "$micro" --deploy "$work/ROOT.war" --addLibs target/stride-lib --outputUberJar "$out/stride-$version.jar" \
  > "$work/uberjar.log" 2>&1 && ! grep -q SEVERE "$work/uberjar.log" \
  || { grep -A3 SEVERE "$work/uberjar.log" >&2 || tail -30 "$work/uberjar.log" >&2; exit 1; }
# The uber-jar must carry exactly the libraries the released WAR carries (and the SBOM lists).
if ! diff <(unzip -Z1 "$out/stride-$version.war" | sed -n 's|^WEB-INF/lib/\(.*\.jar\)$|\1|p' | sort) \
          <(unzip -Z1 "$out/stride-$version.jar" | sed -n 's|^MICRO-INF/lib/\(.*\.jar\)$|\1|p' | sort) >&2; then
  echo "release.sh: the uber-jar's MICRO-INF/lib differs from the WAR's WEB-INF/lib (above)" >&2; exit 1
fi

echo "== version check: every file names $version"
manifest_version() { unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p'; }
war_version=$(manifest_version "$out/stride-$version.war")
unzip -p "$out/stride-$version.jar" MICRO-INF/deploy/ROOT.war > "$work/inner.war"
jar_version=$(manifest_version "$work/inner.war")
props_version=$(unzip -p "$out/stride-$version.war" WEB-INF/classes/clinic/stride/release/release.properties | sed -n 's/^version=//p')
sbom_version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["metadata"]["component"]["version"])' "$out/stride-$version-sbom.cdx.json")
for pair in "WAR manifest:$war_version" "uber-jar's WAR manifest:$jar_version" "release.properties:$props_version" "SBOM:$sbom_version"; do
  if [[ "${pair#*:}" != "$version" ]]; then
    echo "release.sh: ${pair%%:*} says '${pair#*:}', not $version" >&2; exit 1
  fi
  echo "   ${pair%%:*}: ${pair#*:}"
done

commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain 2>/dev/null | grep -q . && echo " (working tree had uncommitted changes)" || true)
cat > "$out/stride-$version-build.txt" <<INFO
Stride $version
commit $commit$dirty
built $(date -u +%Y-%m-%dT%H:%M:%SZ) with $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), Payara Micro $payara
INFO

(cd "$out" && sha256sum -- * > SHA256SUMS && sha256sum --quiet -c SHA256SUMS)

echo "== Stride $version released into $out"
(cd "$out" && ls -l --time-style=+ -- * | awk '{printf "   %12s  %s\n", $5, $NF}')
echo "   check a download with: (cd $out && sha256sum -c SHA256SUMS)"
