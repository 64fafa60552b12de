#!/usr/bin/env bash
# Start time and memory of Remiss on the default H2 setup (issue 16, "Start and memory"; results in
# docs/benchmarks.md, section "Start och minne").
#
#   bench/start.sh
#
# 1. (unless BYGG=0) builds the jar as the README does, 2. starts once on a fresh data folder with the
# README's launcher, ops/starta.sh (Flyway migrations and sample data; timed as "fresh"; when it stops
# it records the class-data archive), 3. restarts N times on that now existing folder and takes the time
# from the launcher to the first 200 from /q/health/ready, the RSS (ps) right after, and the time of the
# first logged-in request (login + /remisser, i.e. whether start-up work was only moved to the first
# user), 4. runs wrk on /remisser (HTML) and /api/remisser (JSON) as a logged-in user while sampling the
# RSS every half second: its peak is the figure for the memory ceiling.
# The median of the restarts is printed with the machine load (1-minute average) of each run.
#
# Settings (environment variables):
#   OMSTARTER=5                  number of measured restarts
#   PORT=8380                    HTTP port (loopback)
#   JAVA_MINNE=...               memory options (default: ops/starta.sh's)
#   REMISS_CDS=0                 without the class-data archive (for comparison)
#   REMISS_JAVA=.../bin/java     another Java runtime (ops/starta.sh uses its AOT cache from Java 24 on)
#   TID=60s                      wrk duration per endpoint (wrk -t2 -c8)
#   BYGG=0                       skip the build (use target/quarkus-app)
#   BENCHANVANDARE=slk-registrator  user for the load run (sample data password remiss-demo)
set -euo pipefail
cd "$(dirname "$0")/.."

OMSTARTER=${OMSTARTER:-5}
PORT=${PORT:-8380}
TID=${TID:-60s}
BYGG=${BYGG:-1}
BENCHANVANDARE=${BENCHANVANDARE:-slk-registrator}
BAS=http://127.0.0.1:$PORT
RESULTAT=bench/resultat/start-$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$RESULTAT"
DATA=$(cd "$RESULTAT" && pwd)/data
APP_PID=

last() { cut -d' ' -f1 /proc/loadavg; }
logga() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$RESULTAT/logg.txt" >&2; }
stoppa_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stoppa_app EXIT

# Sets MS to the milliseconds from start of the JVM to the first 200 from /q/health/ready (not in a
# subshell, so that APP_PID stays set).
starta_och_vanta() {
  local logg=$1 t0 t
  t0=$(date +%s%N)
  ops/starta.sh -Dremiss.sakerhet.saker-cookie=false -Dquarkus.http.port="$PORT" \
    -Dremiss.datakatalog="$DATA" >"$logg" 2>&1 &
  APP_PID=$!
  while ! curl -sf -o /dev/null "$BAS/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { logga "Appen dog, se $logg"; exit 1; }
    sleep 0.02
  done
  t=$(date +%s%N)
  MS=$(( (t - t0) / 1000000 ))
}
rss_mib() { echo $(( $(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024 )); }
# A session cookie header for BENCHANVANDARE (login as a browser does), in KAKA.
logga_in() {
  local jar token; jar=$(mktemp)
  token=$(curl -s -c "$jar" "$BAS/logga-in" | grep -o 'name="csrf-token" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf-token=$token" \
    --data-urlencode "anvandarnamn=$BENCHANVANDARE" --data-urlencode "losenord=remiss-demo" "$BAS/logga-in"
  KAKA="Cookie: remiss-session=$(awk '$6 == "remiss-session" { print $7 }' "$jar")"
  rm -f "$jar"
}

if [ "$BYGG" != 0 ]; then
  logga "Bygger (./mvnw -B -q package -DskipTests)"
  ./mvnw -B -q -ntp package -DskipTests
fi

l=$(last); starta_och_vanta "$RESULTAT/app-ny.log"; ms=$MS; r=$(rss_mib)
echo "| ny datakatalog | $ms | $r | – | $l |" >"$RESULTAT/rader.md"
logga "Ny datakatalog: redo efter $ms ms, RSS $r MiB, last $l"
stoppa_app

TIDER=()
RSSER=()
for i in $(seq 1 "$OMSTARTER"); do
  l=$(last); starta_och_vanta "$RESULTAT/app-$i.log"; ms=$MS; r=$(rss_mib)
  t0=$(date +%s%N); logga_in; curl -s -o /dev/null -H "$KAKA" "$BAS/remisser"; forsta=$(( ($(date +%s%N) - t0) / 1000000 ))
  TIDER+=("$ms"); RSSER+=("$r")
  echo "| omstart $i | $ms | $r | $forsta | $l |" >>"$RESULTAT/rader.md"
  logga "Omstart $i: redo efter $ms ms, RSS $r MiB, första inloggning + /remisser $forsta ms, last $l"
  [ "$i" = "$OMSTARTER" ] || stoppa_app
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
MEDIAN=$(median "${TIDER[@]}")
RSS_MEDIAN=$(median "${RSSER[@]}")

# Load run on the last started instance, logged in like a browser (session cookie); the RSS is sampled
# throughout for its peak.
logga_in
( topp=0; while kill -0 "$APP_PID" 2>/dev/null; do
    r=$(ps -o rss= -p "$APP_PID" | tr -d ' '); [ -n "$r" ] && [ "$r" -gt "$topp" ] && { topp=$r; echo $(( topp / 1024 )) >"$RESULTAT/rss-topp.txt"; }
    sleep 0.5
  done ) &
PROVARE=$!
for sida in /remisser /api/remisser; do
  l=$(last)
  wrk -t2 -c8 -d"$TID" --latency -H "$KAKA" "$BAS$sida" >"$RESULTAT/wrk$(echo "$sida" | tr / -).txt"
  logga "wrk $sida (last $l): $(grep -E 'Requests/sec|Non-2xx' "$RESULTAT/wrk$(echo "$sida" | tr / -).txt" | tr -s ' ' | paste -sd' ')"
done
RSS_EFTER=$(rss_mib)
stoppa_app
wait "$PROVARE" 2>/dev/null || true

{
  echo "Start: \`ops/starta.sh\`, JAVA_MINNE: \`${JAVA_MINNE:-(standard)}\`, REMISS_CDS: \`${REMISS_CDS:-1}\`, Java: \`$("${REMISS_JAVA:-java}" -version 2>&1 | head -1)\`"
  echo
  echo "| körning | redo (ms) | RSS efter start (MiB) | första inloggning + /remisser (ms) | last (1 min) |"
  echo "|---|---:|---:|---:|---:|"
  cat "$RESULTAT/rader.md"
  echo
  echo "- median av $OMSTARTER omstarter: $MEDIAN ms; RSS efter start, median: $RSS_MEDIAN MiB"
  echo "- RSS under wrk -t2 -c8 -d$TID på /remisser och /api/remisser: högst $(cat "$RESULTAT/rss-topp.txt") MiB, efteråt $RSS_EFTER MiB"
} | tee "$RESULTAT/resultat.md"
