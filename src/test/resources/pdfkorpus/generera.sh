#!/usr/bin/env bash
# Remakes the PDF corpus (see Generera.java) from program.html. Needs Debian's chromium and
# libreoffice-writer-nogui; run from anywhere: bash src/test/resources/pdfkorpus/generera.sh
set -euo pipefail
mapp="$(cd "$(dirname "$0")" && pwd)"
rot="$(cd "$mapp/../../../.." && pwd)"
cd "$rot"
klassvag="$(mktemp)"
./mvnw -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$klassvag"
java -cp "$(cat "$klassvag")" "$mapp/Generera.java" "$mapp"
rm -f "$klassvag"
