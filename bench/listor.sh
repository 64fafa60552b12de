#!/usr/bin/env bash
# The lists under write load (issue 16; docs/benchmarks.md, "Listor medan någon skriver").
#
#   bench/listor.sh                              H2, result reuse on and off, 10,000 x 40
#   DB=postgresql PG_DB=remiss_bench bench/listor.sh
#   DB=postgresql PG_DB=remiss_bench_100k REMISSER=100000 bench/listor.sh
#
# For each variant: a database of REMISSER remisser x MOTTAGARE recipients (the app's migrations and
# sample data, then src/test/java/se/remiss/bench/Datagenerator.java), the app started on it, and
# wrk -t2 -c8 -d30s --latency against the remiss list (HTML and JSON), its overdue filter, Inkomna,
# Mina ärenden, a remiss page with MOTTAGARE recipients and the diarium (newest first, and a search), once logged in as the sender's
# registrator (slk-registrator) and once as a recipient's handläggare (vantor-handlaggare), WHILE
# bench/skrivare.py changes recipient statuses through the HTTP API (as vantor-registrator and registrators it creates for SKRIV_ENHETER=12 more offices,
# SKRIV_PER_SEKUND=5 a second) for the whole measured part. The load average (uptime) is recorded
# before every run: the machine is shared.
#
# H2 variants (VARIANTER): "ateranvandning" is the shipped URL (QUERY_CACHE_SIZE=64: H2 may hand back
# a kept statement's last result while its tables are unchanged); "utan-ateranvandning" adds
# OPTIMIZE_REUSE_RESULTS=FALSE, so every request runs its queries. Each variant runs on its own
# copy of the generated data (the writer's rows start from the same state).
#
# The app is started as the README does (ops/starta.sh: its memory settings and class-data archive).
# Settings: DB=h2|postgresql, PG_DB (database, dropped and created anew unless DATA=behall),
# PG_VARD=127.0.0.1:5432, PG_ANVANDARE=postgres, REMISSER=10000, MOTTAGARE=40, TID=30s, VARMNING=5s,
# FORVARMNING=15s (every page under load once, before the writer starts: a fresh JVM needs about 90 s of load
# before its compiled code is steady, so without it the first pages measured the JIT, not the app),
# PORT=8180, SKRIV_PER_SEKUND=5, BYGG=1 (0: use the jar in target/, which must be built for DB),
# APP=<quarkus-app folder> (implies BYGG=0), DATA=<H2 data folder to copy> | behall (PostgreSQL:
# keep the database as it is), SIDOR="..." (a subset of the page keys below), BARA_DATA=1 (generate the
# data and stop: run the measurement later, with DATA=..., on a quiet machine).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-h2}
REMISSER=${REMISSER:-10000}
MOTTAGARE=${MOTTAGARE:-40}
TID=${TID:-30s}
VARMNING=${VARMNING:-5s}
FORVARMNING=${FORVARMNING:-15s}
PORT=${PORT:-8180}
SKRIV_PER_SEKUND=${SKRIV_PER_SEKUND:-5}
SKRIV_ENHETER=${SKRIV_ENHETER:-12}
BYGG=${BYGG:-1}
APP=${APP:-}
PG_VARD=${PG_VARD:-127.0.0.1:5432}
PG_ANVANDARE=${PG_ANVANDARE:-postgres}
PG_DB=${PG_DB:-remiss_bench}
if [ "$DB" = h2 ]; then
  VARIANTER=${VARIANTER:-ateranvandning utan-ateranvandning}
else
  VARIANTER=${VARIANTER:-postgresql}
fi
if [ -n "$APP" ]; then
  BYGG=0
  APP=$(cd "$APP" && pwd)
else
  APP=$(pwd)/target/quarkus-app
fi

STAMPEL=$(date +%Y%m%d-%H%M%S)
RESULTAT=bench/resultat/listor-$STAMPEL
mkdir -p "$RESULTAT"
RESULTAT=$(cd "$RESULTAT" && pwd)
BAS=http://127.0.0.1:$PORT
APP_PID=
SKRIVARE_PID=

logga() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$RESULTAT/logg.txt" >&2; }
last() { cut -d' ' -f1-3 /proc/loadavg; }

stoppa() {
  if [ -n "$SKRIVARE_PID" ] && kill -0 "$SKRIVARE_PID" 2>/dev/null; then
    kill "$SKRIVARE_PID"; wait "$SKRIVARE_PID" 2>/dev/null || true
  fi
  SKRIVARE_PID=
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stoppa EXIT

pg_url() { echo "jdbc:postgresql://$PG_VARD/$PG_DB"; }

# Starts the app on data folder $1 with JDBC URL $2; log $3.
starta_app() {
  local katalog=$1 url=$2 logg=$3
  if curl -s -o /dev/null "$BAS/" 2>/dev/null; then
    echo "Port $PORT är redan upptagen; sätt PORT=..." >&2
    exit 1
  fi
  local anv=remiss
  [ "$DB" = postgresql ] && anv=$PG_ANVANDARE
  REMISS_DATAKATALOG=$katalog QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=$url \
    QUARKUS_DATASOURCE_USERNAME=$anv QUARKUS_DATASOURCE_PASSWORD= \
    REMISS_APP=$APP ops/starta.sh -Dremiss.sakerhet.saker-cookie=false >"$logg" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 2400); do
    curl -s -f -o /dev/null "$BAS/logga-in" && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "Programmet avslutades under start; se $logg" >&2; exit 1; }
    sleep 0.1
  done
  echo "Inget svar efter 240 s" >&2; exit 1
}

# A session cookie for user $1 (password of the sample data).
kaka() {
  local jar token; jar=$(mktemp)
  token=$(curl -s -c "$jar" "$BAS/logga-in" | grep -o 'name="csrf-token" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf-token=$token" \
    --data-urlencode "anvandarnamn=$1" --data-urlencode "losenord=remiss-demo" "$BAS/logga-in"
  echo "Cookie: remiss-session=$(awk '$6 == "remiss-session" { print $7 }' "$jar")"
  rm -f "$jar"
}

ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; e = v; sub(/^[0-9.]+/, "", e);
    if (e == "us") n = n / 1000; else if (e == "s") n = n * 1000; else if (e == "m") n = n * 60000;
    printf "%.1f", n }'
}

# ---------------------------------------------------------------------------------------------
if [ "$BYGG" = 1 ]; then
  logga "Bygger (DB=$DB)"
  if [ "$DB" = postgresql ]; then ./mvnw -B -ntp -q package -DskipTests -Ppostgresql; else ./mvnw -B -ntp -q package -DskipTests; fi
  ./mvnw -B -ntp -q test-compile
fi
[ -f "$APP/quarkus-run.jar" ] || { echo "$APP/quarkus-run.jar saknas" >&2; exit 1; }

generera() {
  local url=$1 anv=$2
  local t0; t0=$(date +%s%N)
  java -cp "target/test-classes:target/classes:$APP/lib/main/*" se.remiss.bench.Datagenerator \
    --url "$url" --anvandare "$anv" --losenord "" --remisser "$REMISSER" --mottagare "$MOTTAGARE" \
    | tee "$RESULTAT/generator.txt"
  GENERERING="$(( ($(date +%s%N) - t0) / 1000 / 1000 / 1000 )) s"
}

GENERERING="(data reused)"
KALLA=${DATA:-}
if [ "$DB" = h2 ]; then
  if [ -z "$KALLA" ]; then
    KALLA=$RESULTAT/data
    mkdir -p "$KALLA"
    logga "Skapar H2-databasen i $KALLA"
    starta_app "$KALLA" "jdbc:h2:file:$KALLA/remiss;DB_CLOSE_ON_EXIT=FALSE" "$RESULTAT/app-forsta.log"
    stoppa
    generera "jdbc:h2:file:$KALLA/remiss" remiss
  fi
  KALLA=$(cd "$KALLA" && pwd)
else
  DATAKATALOG=$RESULTAT/filer
  mkdir -p "$DATAKATALOG"
  if [ "$KALLA" != behall ]; then
    logga "Skapar PostgreSQL-databasen $PG_DB"
    psql -h "${PG_VARD%:*}" -p "${PG_VARD#*:}" -U "$PG_ANVANDARE" -q -c "drop database if exists $PG_DB" -c "create database $PG_DB"
    starta_app "$DATAKATALOG" "$(pg_url)" "$RESULTAT/app-forsta.log"
    stoppa
    # Batched inserts as multi-row statements: 4 million recipient rows in minutes, not an hour.
    generera "$(pg_url)?reWriteBatchedInserts=true" "$PG_ANVANDARE"
    psql -h "${PG_VARD%:*}" -p "${PG_VARD#*:}" -U "$PG_ANVANDARE" -d "$PG_DB" -q -c "vacuum analyze"
  fi
fi
logga "Generering: $GENERERING"
if [ "${BARA_DATA:-0}" = 1 ]; then
  logga "Bara data (BARA_DATA=1): $([ "$DB" = h2 ] && echo "DATA=$KALLA" || echo "PG_DB=$PG_DB DATA=behall")"
  exit 0
fi

TABELL="| Variant | User | Page | Path | Requests/s | p50 (ms) | p99 (ms) | max (ms) | Non-2xx/errors | Load (1/5/15 min) before |
| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
SKRIV_RADER=""
for variant in $VARIANTER; do
  case $variant in
    ateranvandning) data=$RESULTAT/data-$variant; cp -r "$KALLA" "$data"
      url="jdbc:h2:file:$data/remiss;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64" ;;
    utan-ateranvandning) data=$RESULTAT/data-$variant; cp -r "$KALLA" "$data"
      url="jdbc:h2:file:$data/remiss;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;OPTIMIZE_REUSE_RESULTS=FALSE" ;;
    postgresql) data=$DATAKATALOG; url=$(pg_url) ;;
    *) echo "Okänd variant $variant" >&2; exit 1 ;;
  esac
  logga "$variant: startar ($url), last $(last)"
  starta_app "$data" "$url" "$RESULTAT/app-$variant.log"
  if [ "$DB" = postgresql ]; then
    # Statistics and the visibility map for what the start's migrations may just have written.
    psql -h "${PG_VARD%:*}" -p "${PG_VARD#*:}" -U "$PG_ANVANDARE" -d "$PG_DB" -q -c "vacuum analyze"
  fi
  AVS=$(kaka slk-registrator)
  MOT=$(kaka vantor-handlaggare)
  SLK=$(curl -s -H "$AVS" "$BAS/api/organisationer" | python3 -c 'import json,sys; print(next(o["id"] for o in json.load(sys.stdin) if o["kortnamn"] == "slk"))')
  # A sent remiss of slk with MOTTAGARE recipients that Vantör received too: both users open it.
  ID=
  for kandidat in $(curl -s -H "$AVS" "$BAS/api/remisser?status=SKICKAD&avsandare=$SLK&storlek=50" | grep -o '"id":[0-9]*' | cut -d: -f2); do
    n=$(curl -s -H "$AVS" "$BAS/api/remisser/$kandidat" | python3 -c 'import json,sys; print(len(json.load(sys.stdin).get("mottagare", [])))' 2>/dev/null || echo 0)
    k=$(curl -s -o /dev/null -w '%{http_code}' -H "$MOT" "$BAS/remisser/$kandidat")
    if [ "$n" = "$MOTTAGARE" ] && [ "$k" = 200 ]; then ID=$kandidat; break; fi
  done
  [ -n "$ID" ] || { echo "Ingen skickad remiss med $MOTTAGARE mottagare som Vantör har fått" >&2; exit 1; }
  logga "$variant: remissidan $ID"
  SIDOR_ALLA=(
    "lista|Remiss list (HTML)|/remisser"
    "json|Remiss list (JSON)|/api/remisser"
    "forsenade|Overdue filter (HTML)|/remisser?forsenade=true"
    "inkomna|Inkomna (HTML)|/inkomna"
    "mina|Mina ärenden (HTML)|/mina-arenden"
    "remiss|Remiss page, $MOTTAGARE recipients (HTML)|/remisser/$ID"
    "diarium|Diarium, newest first (HTML)|/diarium"
    "diariesok|Diarium search (HTML)|/diarium?sok=hemtj%C3%A4nst"
  )
  SIDOR_VALDA=()
  for s in "${SIDOR_ALLA[@]}"; do
    if [ -z "${SIDOR:-}" ] || [[ " $SIDOR " == *" ${s%%|*} "* ]]; then SIDOR_VALDA+=("$s"); fi
  done
  # First requests one at a time (each query is parsed once), then the writer, then the runs.
  for anv in AVS MOT; do
    for s in "${SIDOR_VALDA[@]}"; do
      stig=${s##*|}
      kod=$(curl -s -H "${!anv}" -o /dev/null -w '%{http_code}' "$BAS$stig")
      [ "$kod" = 200 ] || { echo "$anv $stig svarar $kod" >&2; exit 1; }
    done
  done
  logga "$variant: förvärmning, $FORVARMNING per sida och användare"
  for anv in AVS MOT; do
    for s in "${SIDOR_VALDA[@]}"; do
      wrk -t2 -c8 -d"$FORVARMNING" -H "${!anv}" "$BAS${s##*|}" >/dev/null
    done
  done
  python3 bench/skrivare.py --bas "$BAS" --per-sekund "$SKRIV_PER_SEKUND" --enheter "$SKRIV_ENHETER" >"$RESULTAT/skrivare-$variant.txt" 2>"$RESULTAT/skrivare-$variant.err" &
  SKRIVARE_PID=$!
  # Measure only once it writes (reading the open rows of 13 offices takes minutes on 100,000 x 40).
  until grep -q '^skriver:' "$RESULTAT/skrivare-$variant.err"; do
    kill -0 "$SKRIVARE_PID" 2>/dev/null || { cat "$RESULTAT/skrivare-$variant.err" >&2; exit 1; }
    sleep 1
  done
  logga "$variant: $(grep '^skriver:' "$RESULTAT/skrivare-$variant.err")"
  for anv in AVS MOT; do
    namn=slk-registrator; [ "$anv" = MOT ] && namn=vantor-handlaggare
    for s in "${SIDOR_VALDA[@]}"; do
      nyckel=${s%%|*}; rest=${s#*|}; sida=${rest%%|*}; stig=${s##*|}
      wrk -t2 -c8 -d"$VARMNING" -H "${!anv}" "$BAS$stig" >/dev/null
      lf=$(last)
      fil="$RESULTAT/wrk-$variant-$namn-$nyckel.txt"
      logga "$variant $namn: wrk -t2 -c8 -d$TID --latency $stig (last $lf)"
      wrk -t2 -c8 -d"$TID" --timeout 10s --latency -H "${!anv}" "$BAS$stig" >"$fil"
      rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$fil")
      p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$fil")")
      p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$fil")")
      max=$(ms "$(awk '$1 == "Latency" { print $4 }' "$fil")")
      fel=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$fil")
      TABELL+="
| $variant | $namn | $sida | \`$stig\` | $rps | $p50 | $p99 | $max | $fel | $lf |"
    done
  done
  kill "$SKRIVARE_PID"; wait "$SKRIVARE_PID" 2>/dev/null || true
  SKRIVARE_PID=
  SKRIV_RADER+="- writer ($variant): $(cat "$RESULTAT/skrivare-$variant.txt")
"
  RSS=$(( $(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024 ))
  SKRIV_RADER+="- RSS of the app after the runs ($variant): $RSS MiB
"
  stoppa
done

{
  echo "# Lists under write load $STAMPEL"
  echo
  echo "- Code: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'); app $APP"
  echo "- Database: $DB$([ "$DB" = postgresql ] && echo " ($PG_DB, $(psql -h "${PG_VARD%:*}" -U "$PG_ANVANDARE" -tAc 'show server_version'))"); $REMISSER remisser x $MOTTAGARE recipients; generator: $GENERERING"
  echo "- wrk -t2 -c8 -d$TID --latency after a $FORVARMNING warm-up of every page and $VARMNING more per page; writer: bench/skrivare.py, $SKRIV_PER_SEKUND requests/s through the HTTP API"
  printf '%s' "$SKRIV_RADER"
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, shared; load at the end: $(last)"
  echo
  echo "$TABELL"
} | tee "$RESULTAT/resultat.md"
echo "Resultat: $RESULTAT" >&2
