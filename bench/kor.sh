#!/usr/bin/env bash
# Benchmark of Remiss on a large H2 database (docs/benchmarks.md describes it and its results).
#
#   bench/kor.sh
#
# 1. builds the jar, 2. creates a fresh database in a new folder (the app's own Flyway migrations
# and sample data: start once, stop), 3. fills it with the data generator (10,000 remisser x 40
# recipients), 4. starts the app again and measures the time to the first answered request and
# the resident memory, 5. warms up and runs wrk (8 connections, 2 threads) against the list and
# remiss pages, twice: as shipped (H2 keeps 64 prepared statements per connection, the
# QUERY_CACHE_SIZE of application.properties), and with H2's reuse of earlier results switched off
# (QUERY_CACHE_SIZE=0), which is what every request costs on a database that is being written to
# (any write to a table makes H2 recompute the queries that read it) and on PostgreSQL. Results go
# to bench/resultat/<time>/ (raw wrk output, resultat.md); the Markdown table is also printed.
#
# Settings (environment variables):
#   REMISSER=10000 MOTTAGARE=40   size of the generated data set
#   TID=30s VARMNING=10s          wrk duration per endpoint, and warm-up per endpoint
#   ANSLUTNINGAR=8 TRADAR=2       wrk -c / -t
#   PORT=18080                    HTTP port of the app under test (loopback)
#   LASTGRANS=0.7                 before the measured start, wait (up to VANTA_MAX_MIN=40 minutes,
#                                 polling every minute) until the 1-minute load average is below
#                                 this; empty = do not wait
#   BYGG=0                        skip the build (use the jar in target/)
#   APP=<folder>                  run another build's quarkus-app folder (e.g. a copy of an older
#                                 build, for a before/after comparison); implies BYGG=0
#   VARIANTER="standard utan-resultatcache"   which of the two runs to make
#   DATA=<folder>                 reuse an already generated database folder (skips steps 2-3)
#   JAVA_OPTS=...                 extra JVM options for the app under test
set -euo pipefail
cd "$(dirname "$0")/.."

REMISSER=${REMISSER:-10000}
MOTTAGARE=${MOTTAGARE:-40}
TID=${TID:-30s}
VARMNING=${VARMNING:-10s}
ANSLUTNINGAR=${ANSLUTNINGAR:-8}
TRADAR=${TRADAR:-2}
PORT=${PORT:-18080}
LASTGRANS=${LASTGRANS-0.7}
VANTA_MAX_MIN=${VANTA_MAX_MIN:-40}
BYGG=${BYGG:-1}
JAVA_OPTS=${JAVA_OPTS:-}
APP=${APP:-}
VARIANTER=${VARIANTER:-standard utan-resultatcache}
if [ -n "$APP" ]; then
  BYGG=0
  APP=$(cd "$APP" && pwd)
else
  APP=$(pwd)/target/quarkus-app
fi

STAMPEL=$(date +%Y%m%d-%H%M%S)
RESULTAT=bench/resultat/$STAMPEL
mkdir -p "$RESULTAT"
RESULTAT=$(cd "$RESULTAT" && pwd)
BAS=http://127.0.0.1:$PORT
APP_PID=

# The measured requests are made as a logged-in user (a session cookie, as a browser sends it).
BENCHANVANDARE=${BENCHANVANDARE:-slk-registrator}
KAKA=
loggain() {
  local jar; jar=$(mktemp)
  local token
  token=$(curl -s -c "$jar" "$BAS/logga-in" | grep -o 'name="csrf-token" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf-token=$token" \
    --data-urlencode "anvandarnamn=$BENCHANVANDARE" --data-urlencode "losenord=remiss-demo" "$BAS/logga-in"
  KAKA="Cookie: remiss-session=$(awk '$6 == "remiss-session" { print $7 }' "$jar")"
  rm -f "$jar"
}

logga() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$RESULTAT/logg.txt" >&2; }
last() { cut -d' ' -f1 /proc/loadavg; }

stoppa_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stoppa_app EXIT

# Starts the app in the background on the data folder $1 (log $2, H2's statement cache option $3,
# by default the size application.properties sets); sets APP_PID and START_NS.
starta_app() {
  local katalog=$1 logg=$2 url_tillagg=${3:-;QUERY_CACHE_SIZE=64}
  if curl -s -o /dev/null "$BAS/" 2>/dev/null; then
    echo "Port $PORT är redan upptagen; sätt PORT=..." >&2
    exit 1
  fi
  START_NS=$(date +%s%N)
  # shellcheck disable=SC2086
  REMISS_DATAKATALOG=$katalog QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$katalog/remiss;DB_CLOSE_ON_EXIT=FALSE$url_tillagg" \
    java -Dremiss.sakerhet.saker-cookie=false $JAVA_OPTS -jar "$APP/quarkus-run.jar" >"$logg" 2>&1 &
  APP_PID=$!
}

# Polls every 50 ms until GET $1 answers 200; prints the milliseconds since START_NS.
vanta_pa_svar() {
  local url=$1
  for _ in $(seq 1 2400); do
    if curl -s -f -o /dev/null "$url"; then
      echo $(( ($(date +%s%N) - START_NS) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "Programmet avslutades under start; se loggen." >&2
      return 1
    fi
    sleep 0.05
  done
  echo "Inget svar från $url efter 120 s" >&2
  return 1
}

# ---------------------------------------------------------------------------------------------
# 1. Build
if [ "$BYGG" = 1 ]; then
  logga "Bygger (./mvnw -B -q package -DskipTests)"
  ./mvnw -B -q package -DskipTests
fi
[ -f "$APP/quarkus-run.jar" ] || { echo "$APP/quarkus-run.jar saknas" >&2; exit 1; }
[ -d target/test-classes/se/remiss/bench ] || { echo "Generatorn är inte kompilerad (kör utan BYGG=0)" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# 2.-3. Fresh database: migrations + sample data, then the generator
GENERERING="(database reused)"
if [ -z "${DATA:-}" ]; then
  DATA=$RESULTAT/data
  mkdir -p "$DATA"
  logga "Skapar databasen i $DATA (migreringar och exempeldata)"
  starta_app "$DATA" "$RESULTAT/app-forsta-start.log"
  vanta_pa_svar "$BAS/logga-in" >/dev/null
  stoppa_app
  logga "Genererar $REMISSER remisser x $MOTTAGARE mottagare"
  t0=$(date +%s%N)
  java -cp "target/test-classes:target/classes:$APP/lib/main/*" se.remiss.bench.Datagenerator \
    --url "jdbc:h2:file:$DATA/remiss" --anvandare remiss --losenord "" \
    --remisser "$REMISSER" --mottagare "$MOTTAGARE" | tee "$RESULTAT/generator.txt"
  GENERERING="$(( ($(date +%s%N) - t0) / 1000000 )) ms"
  logga "Generatorn tog $GENERERING (last $(last))"
fi
DATA=$(cd "$DATA" && pwd)
du -sh "$DATA" | tee -a "$RESULTAT/logg.txt"

# ---------------------------------------------------------------------------------------------
# Wait for a quiet machine before the measured part
if [ -n "$LASTGRANS" ]; then
  for i in $(seq 0 "$VANTA_MAX_MIN"); do
    l=$(last)
    if awk -v l="$l" -v g="$LASTGRANS" 'BEGIN { exit !(l < g) }'; then
      break
    fi
    if [ "$i" = "$VANTA_MAX_MIN" ]; then
      logga "Lasten är fortfarande $l efter $VANTA_MAX_MIN minuter; mäter ändå (se lasten i tabellen)"
      break
    fi
    logga "Last $l >= $LASTGRANS, väntar en minut ($i/$VANTA_MAX_MIN)"
    sleep 60
  done
fi

# ---------------------------------------------------------------------------------------------
# 4. Measured start: time to first answered request, resident memory
LAST_START=$(last)
logga "Startar för mätning (last $LAST_START)"
starta_app "$DATA" "$RESULTAT/app.log"
STARTTID_MS=$(vanta_pa_svar "$BAS/logga-in")
RSS_START_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
QUARKUS_START=$(grep -o 'started in [0-9.]*s' "$RESULTAT/app.log" | head -1 || true)
logga "Första svar efter $STARTTID_MS ms ($QUARKUS_START), RSS $((RSS_START_KB / 1024)) MiB"
loggain
[ "$KAKA" != "Cookie: remiss-session=" ] || { echo "Inloggningen som $BENCHANVANDARE misslyckades" >&2; exit 1; }

# The remiss page: a sent remiss with exactly $MOTTAGARE recipients
# (one the bench user's organisation sent, so that it sees every recipient)
SLK=$(curl -s -H "$KAKA" "$BAS/api/organisationer" | python3 -c 'import json,sys; print(next(o["id"] for o in json.load(sys.stdin) if o["kortnamn"] == "slk"))')
ID=$(curl -s -H "$KAKA" "$BAS/api/remisser?status=SKICKAD&avsandare=$SLK&storlek=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
ANTAL=$(curl -s -H "$KAKA" "$BAS/api/remisser/$ID" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["mottagare"]))')
logga "Remissidan: remiss $ID med $ANTAL mottagare"
[ "$ANTAL" = "$MOTTAGARE" ] || { echo "Remiss $ID har $ANTAL mottagare, väntade $MOTTAGARE" >&2; exit 1; }

SLUTPUNKTER=(
  "Remiss list (HTML)|/remisser"
  "Remiss list, overdue only (HTML)|/remisser?forsenade=true"
  "Remiss list, page 200 (HTML)|/remisser?sida=200"
  "Remiss list (JSON)|/api/remisser"
  "Remiss page, $MOTTAGARE recipients (HTML)|/remisser/$ID"
  "Remiss, $MOTTAGARE recipients (JSON)|/api/remisser/$ID"
)

# One request at a time first: a cold JVM parses each query once (seconds for the overdue filter's
# HQL), and eight parallel first requests on two busy cores can take very long.
forsta_begaran() {
  local s stig kod
  for s in "${SLUTPUNKTER[@]}"; do
    stig=${s#*|}
    kod=$(curl -s -H "$KAKA" -o /dev/null -w '%{http_code} %{time_total}' "$BAS$stig")
    logga "  första GET $stig: $kod s"
    [ "${kod%% *}" = 200 ] || { echo "$stig svarar ${kod%% *}" >&2; exit 1; }
  done
}

# ---------------------------------------------------------------------------------------------
# 5. Per variant: warm-up, then the measured runs

# wrk prints latencies as 850.00us, 3.21ms or 1.02s: to milliseconds
ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; e = v; sub(/^[0-9.]+/, "", e);
    if (e == "us") n = n / 1000; else if (e == "s") n = n * 1000; else if (e == "m") n = n * 60000;
    printf "%.1f", n }'
}

TABELL="| Variant | Endpoint | Path | Requests/s | p50 (ms) | p99 (ms) | Errors / non-2xx | Load before |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"
RSS_RADER=""
i=0
forsta=1
for variant in $VARIANTER; do
  case $variant in
    standard) tillagg=";QUERY_CACHE_SIZE=64" ;;
    utan-resultatcache) tillagg=";QUERY_CACHE_SIZE=0" ;;
    *) echo "Okänd variant $variant" >&2; exit 1 ;;
  esac
  if [ $forsta = 0 ]; then
    stoppa_app
    logga "Startar variant $variant (last $(last))"
    starta_app "$DATA" "$RESULTAT/app-$variant.log" "$tillagg"
    vanta_pa_svar "$BAS/logga-in" >/dev/null
  elif [ "$variant" != standard ]; then
    echo "Den första varianten måste vara standard (den mäter starten)" >&2
    exit 1
  fi
  forsta=0
  forsta_begaran
  logga "$variant: uppvärmning $VARMNING per slutpunkt"
  for s in "${SLUTPUNKTER[@]}"; do
    wrk -t"$TRADAR" -c"$ANSLUTNINGAR" -d"$VARMNING" -H "$KAKA" "$BAS${s#*|}" >/dev/null
  done
  for s in "${SLUTPUNKTER[@]}"; do
    namn=${s%%|*}
    stig=${s#*|}
    i=$((i + 1))
    fil="$RESULTAT/wrk-$i-$variant.txt"
    lf=$(last)
    logga "$variant: wrk -t$TRADAR -c$ANSLUTNINGAR -d$TID --timeout 10s --latency $BAS$stig (last $lf)"
    wrk -t"$TRADAR" -c"$ANSLUTNINGAR" -d"$TID" --timeout 10s --latency -H "$KAKA" "$BAS$stig" >"$fil"
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$fil")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$fil")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$fil")")
    fel=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$fil")
    TABELL+="
| $variant | $namn | \`$stig\` | $rps | $p50 | $p99 | $fel | $lf |"
  done
  RSS_RADER+="- RSS after the runs ($variant): $(( $(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024 )) MiB
"
done
LAST_SLUT=$(last)
stoppa_app

{
  echo "# Remiss benchmark $STAMPEL"
  echo
  echo "- Application: $APP (working tree at $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "- Data: $REMISSER remisser x $MOTTAGARE recipients, H2 file $(du -sh "$DATA" | cut -f1); generator: $GENERERING"
  echo "- Start to first answered request (GET /api/organisationer): $STARTTID_MS ms (Quarkus: $QUARKUS_START)"
  echo "- RSS after start: $((RSS_START_KB / 1024)) MiB"
  printf '%s' "$RSS_RADER"
  echo "- wrk: $TRADAR threads, $ANSLUTNINGAR connections, $TID per endpoint after $VARMNING warm-up, loopback"
  echo "- Load (1 min) at start: $LAST_START, at end: $LAST_SLUT; machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB"
  echo "- $(java -version 2>&1 | head -1)"
  echo
  echo "$TABELL"
} | tee "$RESULTAT/resultat.md"
echo
echo "Resultat: $RESULTAT" >&2
