#!/usr/bin/env bash
# Builds every artifact twice from a clean tree and compares their checksums: the jars of a release must be
# byte-for-byte the same whoever builds them (project.build.outputTimestamp fixes the times inside them).
# Usage: scripts/check-reproducible.sh [extra maven args, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
sums() {
  find . -path ./scripts -prune -o -path '*/target/*' -type f \( -name '*.jar' -o -name '*.pom' \) -print \
    | grep -v '/target/\(test-classes\|classes\|surefire\|failsafe\)' | sort | xargs sha256sum
}
mvn -B -ntp "$@" clean package -DskipTests > target-build-1.log 2>&1 || { tail -50 target-build-1.log; exit 1; }
sums > target-sums-1.txt
mvn -B -ntp "$@" clean package -DskipTests > target-build-2.log 2>&1 || { tail -50 target-build-2.log; exit 1; }
sums > target-sums-2.txt
if diff target-sums-1.txt target-sums-2.txt; then
  echo "reproducible: $(wc -l < target-sums-1.txt) artifacts built twice with the same checksums"
  rm -f target-build-1.log target-build-2.log target-sums-1.txt target-sums-2.txt
else
  echo "NOT reproducible: the artifacts above differ between two builds" >&2
  exit 1
fi
