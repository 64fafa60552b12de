#!/usr/bin/env bash
# Starts the service built by `./mvnw package` (target/quarkus-app) with the JVM settings measured in
# docs/benchmarks.md ("Start och minne"). The working folder is kept, so ./data and sample-remisser are
# found as with a bare `java -jar`. Arguments go to java before -jar, e.g.
#
#   ops/starta.sh -Dremiss.datakatalog=/var/lib/remiss -Dquarkus.http.port=8081
#
# Environment:
#   JAVA_MINNE   the memory settings (default below); the stated ceiling holds for the default
#   REMISS_CDS=0 no class-data archive / AOT cache
#   REMISS_APP   another built quarkus-app folder (the benchmarks start copies built for PostgreSQL)
#   REMISS_JAVA  another java (default: java on the PATH, Java 17), e.g. a Java 25 runtime for its AOT cache
#
# Class-data archive (AppCDS): the first start after a build records the classes it loaded, in
# target/quarkus-app/remiss-cds.jsa, when it stops (kill/Ctrl-C; a few seconds); later starts map them
# instead of reading, verifying and linking every class again. A new build makes the archive older than
# the jar, so it is recorded again. The JVM itself checks the archive against the jars and ignores one
# that does not match. On Java 24 or later the same is done with the JVM's AOT cache (JEP 483/515:
# classes linked and method profiles too), in remiss-aot.aot; its recording takes ~15 s at stop.
set -euo pipefail

APP=$(cd "${REMISS_APP:-$(dirname "$0")/../target/quarkus-app}" 2>/dev/null && pwd) || {
  echo "${REMISS_APP:-target/quarkus-app} saknas: bygg först med ./mvnw -B -q package -DskipTests" >&2
  exit 1
}
JAR=$APP/quarkus-run.jar
ARKIV=$APP/remiss-cds.jsa

# Heap at most 384 MiB, starting small; thread stacks, metaspace, code cache and direct buffers bounded;
# the serial collector (2 cores and a small heap: G1's region bookkeeping costs memory and buys nothing).
# The heap grows after a full collection until 60 % of it is free (the default, 40 %, left the old
# generation so tight under list load that it was collected in full every 1-2 s, 120-200 ms each: the
# lists' p99; docs/benchmarks.md, "The tail on H2"). Start-up is unchanged (RSS after start 248 MiB).
JAVA_MINNE=${JAVA_MINNE:--Xms64m -Xmx384m -XX:MinHeapFreeRatio=60 -XX:MaxHeapFreeRatio=85 -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC}
# glibc gives each thread its own malloc arena (64 MiB reserved each); two are enough here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

JAVA=${REMISS_JAVA:-java}
# The runtime's feature version from its release file (no JVM start for it): 17, 25, ...
JAVA_VERSION=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(readlink -f "$(command -v "$JAVA")")")/../release" 2>/dev/null || true)

cds=()
if [ "${REMISS_CDS:-1}" != 0 ]; then
  if [ "${JAVA_VERSION:-17}" -ge 24 ]; then
    ARKIV=$APP/remiss-aot.aot
    anvand=(-XX:AOTCache="$ARKIV" -Xlog:aot=off -Xlog:cds=off)
    # Writing the cache needs more class space than the 160 MiB metaspace bound leaves (the later option wins).
    spela_in=(-XX:AOTCacheOutput="$ARKIV" -XX:MaxMetaspaceSize=256m -Xlog:aot=off -Xlog:cds=off)
  else
    anvand=(-XX:SharedArchiveFile="$ARKIV" -Xlog:cds=off -Xlog:cds+dynamic=off)
    spela_in=(-XX:ArchiveClassesAtExit="$ARKIV" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  if [ -f "$ARKIV" ] && [ -z "$(find "$APP" -name '*.jar' -newer "$ARKIV" -print -quit)" ]; then
    cds=("${anvand[@]}")
  else
    rm -f "$ARKIV"
    cds=("${spela_in[@]}")
  fi
fi

# shellcheck disable=SC2086
exec "$JAVA" $JAVA_MINNE "${cds[@]}" "$@" -jar "$JAR"
