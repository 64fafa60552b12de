#!/usr/bin/env bash
# Two Remiss instances on one PostgreSQL database behind HAProxy (ops/haproxy.cfg, no sticky sessions).
# While wrk reads the remiss list through the balancer, a writer registers remisser through both
# instances directly; one instance is killed with kill -9 in the middle. Then: every write answered 2xx
# is in the database, no dnr twice, the audit chain whole (verified on the surviving instance), a
# login made on one instance valid on the other and its logout ending it on both, and every outbox
# mail delivered exactly once while both instances run the mail job every second.
# Usage: bench/tva-instanser.sh [--kort] [path to a PostgreSQL build's target/quarkus-app]
# Exits non-zero on any failed check. See docs/benchmarks.md and docs/drift.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# ---- Settings ----------------------------------------------------------------------------------
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_ANVANDARE=${PG_ANVANDARE:-postgres}
DB=${DB:-remiss_tva_instanser}
LB_PORT=${LB_PORT:-8280}
PORT_A=${PORT_A:-8281}
PORT_B=${PORT_B:-8282}
SMTP_PORT=${SMTP_PORT:-8283}
LAST_SEK=${LAST_SEK:-60}          # wrk + writers
DODA_EFTER=${DODA_EFTER:-20}      # kill -9 of instance B after this many seconds of load
MEJL=${MEJL:-200}                 # outbox rows to deliver
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
KORT=0
APP=
for a in "$@"; do
  case $a in
    --kort) KORT=1 ;;
    *) APP=$a ;;
  esac
done
if [ $KORT = 1 ]; then LAST_SEK=20; DODA_EFTER=8; MEJL=60; fi

UT=$(mktemp -d /tmp/tva-instanser.XXXXXX)
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ANVANDARE" -v ON_ERROR_STOP=1 -qtA)
FEL=0
fel() { echo "FEL: $*"; FEL=1; }
ok() { echo "OK:  $*"; }
logga() { echo "[$(date +%H:%M:%S)] $*"; }

PIDS=()
stada() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap stada EXIT

# ---- Build ---------------------------------------------------------------------------------------
if [ -z "$APP" ]; then
  logga "bygger PostgreSQL-jar (-Ppostgresql)"
  ./mvnw -B -ntp -q package -Ppostgresql -DskipTests >"$UT/bygge.txt" 2>&1 || { cat "$UT/bygge.txt"; exit 1; }
  APP=target/quarkus-app
fi
[ -f "$APP/quarkus-run.jar" ] || { echo "saknar $APP/quarkus-run.jar"; exit 1; }
echo "== $(date -Iseconds)  $(nproc) kärnor, last:$(cut -d' ' -f1-3 /proc/loadavg)  kort=$KORT"

# ---- Database, SMTP, instances, balancer --------------------------------------------------------
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
python3 -W ignore bench/smtp-raknare.py "$SMTP_PORT" "$UT/mejl.txt" & PIDS+=($!)

# Both instances: same database, same HMAC key for the audit checkpoints, one shared data folder
# (stands for a mount both see), each its own checkpoint file (see docs/drift.md for why).
DELAD=$UT/delad; mkdir -p "$DELAD"
HMAC=$(head -c 32 /dev/urandom | base64)
starta() { # name port
  env REMISS_DATAKATALOG="$DELAD" QUARKUS_HTTP_PORT="$2" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_ANVANDARE" \
    REMISS_GRANSKNING_HMAC_NYCKEL="$HMAC" REMISS_GRANSKNING_KONTROLLPUNKTER="$DELAD/kontrollpunkter-$1.txt" \
    REMISS_EPOST_AKTIV=true REMISS_EPOST_INTERVALL=1s REMISS_EPOST_BASADRESS="http://127.0.0.1:$LB_PORT/" \
    REMISS_EPOST_PAMINNELSE_SCHEMA="0/5 * * * * ?" REMISS_EPOST_SAMMANDRAG_SCHEMA="0/5 * * * * ?" \
    QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT" QUARKUS_MAILER_FROM=remiss@example.se \
    QUARKUS_MAILER_MOCK=false \
    java -Dremiss.sakerhet.saker-cookie=false $JAVA_OPTS -jar "$APP/quarkus-run.jar" >"$UT/$1.log" 2>&1 &
}
vanta_klar() { # port
  for _ in $(seq 1 600); do
    curl -s -f -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 0.2
  done
  echo "instansen på $1 blev aldrig redo"; exit 1
}
# A first, then B: the sample data and migrations are made once, by A.
starta a "$PORT_A"; PID_A=$!; PIDS+=($PID_A); vanta_klar "$PORT_A"
starta b "$PORT_B"; PID_B=$!; PIDS+=($PID_B); vanta_klar "$PORT_B"
logga "två instanser redo (pid $PID_A, $PID_B)"
REMISS_LB_PORT=$LB_PORT REMISS_PORT_A=$PORT_A REMISS_PORT_B=$PORT_B /usr/sbin/haproxy -f ops/haproxy.cfg -db >"$UT/haproxy.log" 2>&1 &
PID_LB=$!; PIDS+=($PID_LB)
for _ in $(seq 1 50); do curl -s -f -o /dev/null "http://127.0.0.1:$LB_PORT/q/health/ready" && break; sleep 0.2; done

A=http://127.0.0.1:$PORT_A; B=http://127.0.0.1:$PORT_B; LB=http://127.0.0.1:$LB_PORT

# ---- Session across instances: login on A, used on B, logout on B ends it on A -----------------
jar=$UT/kakor.txt
token=$(curl -s -c "$jar" "$A/logga-in" | grep -o 'name="csrf-token" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf-token=$token" \
  --data-urlencode "anvandarnamn=slk-registrator" --data-urlencode "losenord=remiss-demo" "$A/logga-in"
KAKA="remiss-session=$(awk '$6 == "remiss-session" { print $7 }' "$jar")"
kod_b=$(curl -s -o "$UT/konto-b.html" -w '%{http_code}' -H "Cookie: $KAKA" "$B/konto")
[ "$kod_b" = 200 ] && ok "inloggning på A gäller på B (GET /konto på B: $kod_b)" || fel "inloggning på A gäller inte på B ($kod_b)"
csrf_b=$(grep -o 'name="csrf-token" value="[^"]*"' "$UT/konto-b.html" | head -1 | sed 's/.*value="//;s/"//')
kod_ut=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $KAKA" --data-urlencode "csrf-token=$csrf_b" "$B/logga-ut")
efter_a=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $KAKA" -H 'Accept: application/json' "$A/api/remisser?storlek=1")
efter_b=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $KAKA" -H 'Accept: application/json' "$B/api/remisser?storlek=1")
if [ "$kod_ut" = 303 ] && [ "$efter_a" = 401 ] && [ "$efter_b" = 401 ]; then
  ok "utloggning på B (CSRF-token från B:s sida) avslutar sessionen på båda (A: $efter_a, B: $efter_b)"
else
  fel "utloggning: logga-ut $kod_ut, därefter A $efter_a, B $efter_b (väntat 303, 401, 401)"
fi

# ---- Load: wrk through the balancer, writers on both instances, kill -9 of B ---------------------
BASIC="Authorization: Basic $(printf 'slk-registrator:remiss-demo' | base64)"
SLK=$(curl -s -H "$BASIC" "$A/api/organisationer" | python3 -c 'import json,sys; print(next(o["id"] for o in json.load(sys.stdin) if o["kortnamn"] == "slk"))')
MOTT=$(curl -s -H "$BASIC" "$A/api/organisationer" | python3 -c 'import json,sys; print(",".join(str(o["id"]) for o in json.load(sys.stdin) if o["kortnamn"] != "slk")[:200].rsplit(",",1)[0])')
fore=$("${PSQL[@]}" -d "$DB" -c "select count(*) from remiss")

skrivare() { # base name: registers remisser until the time is up; logs "code id" per request
  local slut=$(( $(date +%s) + LAST_SEK )) n=0
  while [ "$(date +%s)" -lt $slut ]; do
    n=$((n + 1))
    curl -s -m 30 -o "$UT/$2.svar" -w '%{http_code}' -H "$BASIC" -H 'Content-Type: application/json' \
      -d "{\"titel\":\"Lasttest $2 $n\",\"avsandare\":$SLK,\"sistaDagKontorsutlatande\":\"2027-03-01\",\"sistaDagNamndprotokoll\":\"2027-03-20\",\"mottagare\":[$MOTT]}" \
      "$1/api/remisser" >"$UT/$2.kod" 2>/dev/null || true
    kod=$(cat "$UT/$2.kod"); kod=${kod:-000}
    id=$(grep -o '"id":[0-9]*' "$UT/$2.svar" 2>/dev/null | head -1 | cut -d: -f2 || true)
    echo "$kod ${id:--}" >>"$UT/$2.txt"
    : >"$UT/$2.svar"
  done
}
logga "last i $LAST_SEK s: wrk 4 anslutningar via balanseraren, skrivare mot A och B; kill -9 av B efter $DODA_EFTER s"
wrk -t2 -c4 -d"${LAST_SEK}s" --latency -H "$BASIC" "$LB/api/remisser" >"$UT/wrk.txt" 2>&1 & PID_WRK=$!; PIDS+=($PID_WRK)
skrivare "$A" skrivare-a & PID_SA=$!
skrivare "$B" skrivare-b & PID_SB=$!
skrivare "$LB" skrivare-lb & PID_SL=$!
sleep "$DODA_EFTER"
kill -9 "$PID_B"; logga "kill -9 av B (pid $PID_B)"
for _ in $(seq 1 50); do
  grep -q "Server instanser/b is DOWN" "$UT/haproxy.log" && break; sleep 0.2
done
grep -q "Server instanser/b is DOWN" "$UT/haproxy.log" && ok "HAProxy tog ut B: $(grep -m1 'instanser/b is DOWN' "$UT/haproxy.log" | sed 's/.*Server/Server/' | cut -c1-90)" \
  || fel "HAProxy markerade aldrig B som nere"
wait "$PID_SA" "$PID_SB" "$PID_SL"; wait "$PID_WRK" || true
sed -n '/Latency Distribution/,/99%/p;/Requests\/sec/p;/requests in/p;/Non-2xx/p;/Socket errors/p' "$UT/wrk.txt"

# ---- Checks: acknowledged writes, dnr, audit chain ----------------------------------------------
cat "$UT"/skrivare-*.txt >"$UT/alla.txt"
kvitterade=$(awk '$1 ~ /^2/' "$UT/alla.txt" | wc -l)
echo "skrivningar: $(wc -l <"$UT/alla.txt") försök, $kvitterade svar 2xx; per kod: $(cut -d' ' -f1 "$UT/alla.txt" | sort | uniq -c | tr '\n' ' ')"
for f in a b lb; do echo "  skrivare-$f: $(awk '$1 ~ /^2/' "$UT/skrivare-$f.txt" | wc -l) 2xx av $(wc -l <"$UT/skrivare-$f.txt")"; done
ids=$(awk '$1 ~ /^2/ {print $2}' "$UT/alla.txt" | paste -sd, -)
if [ -n "$ids" ]; then
  i_db=$("${PSQL[@]}" -d "$DB" -c "select count(*) from remiss where id in ($ids)")
  [ "$i_db" = "$kvitterade" ] && ok "alla $kvitterade kvitterade skrivningar finns i databasen" \
    || fel "$kvitterade kvitterade men $i_db i databasen"
else
  fel "inga kvitterade skrivningar"
fi
efter=$("${PSQL[@]}" -d "$DB" -c "select count(*) from remiss")
echo "remisser i databasen: före $fore, efter $efter (+$((efter - fore)); svar som gick förlorade vid kill -9 kan ha skrivits utan kvitto)"
dubbla=$("${PSQL[@]}" -d "$DB" -c "select count(*) from (select organisation_id, dnr_sok from arende group by 1, 2 having count(*) > 1) d")
[ "$dubbla" = 0 ] && ok "inget dnr två gånger ($("${PSQL[@]}" -d "$DB" -c "select count(*) from arende") ärenden)" || fel "$dubbla dubbla dnr"
ADMIN="Authorization: Basic $(printf 'admin:remiss-demo' | base64)"
verif=$(curl -s -X POST -H "$ADMIN" "$A/api/granskning/verifiering")
echo "granskningskedjan (verifierad på A): $verif"
echo "$verif" | grep -q '"hel":true' && ok "granskningskedjan hel" || fel "granskningskedjan inte hel"

# ---- Mail exactly once: both instances run the mail job every second ----------------------------
logga "startar B igen; $MEJL utskick läggs i utkorgen, båda instanserna skickar varje sekund"
starta b "$PORT_B"; PID_B=$!; PIDS+=($PID_B); vanta_klar "$PORT_B"
# Ids from the table's sequence, as the app takes them (Hibernate's pooled blocks end at values it drew
# itself, so these never fall in a block an instance holds); max(id)+n collided with the next reminder.
"${PSQL[@]}" -d "$DB" -c "insert into epostutskick (id, nyckel, kategori, anvandare_id, adress, amne, brodtext, html, skapad, nasta_forsok, forsok)
  select nextval('epostutskick_seq'), 'bench-' || g, 'ANKOMST', (select min(id) from anvandare),
         'mottagare' || (g % 7) || '@example.se', 'Prov ' || g, 'Text ' || g, '<p>Text ' || g || '</p>', now(), now(), 0
  from generate_series(1, $MEJL) g"
for _ in $(seq 1 300); do
  kvar=$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick where nyckel like 'bench-%' and skickad is null")
  [ "$kvar" = 0 ] && break; sleep 0.5
done
sleep 3 # a mail sent twice would arrive after its row was marked
mottagna=$(grep -c $'\tProv ' "$UT/mejl.txt" || true)
unika=$(grep $'\tProv ' "$UT/mejl.txt" | sort -u | wc -l)
skickade_a=$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick where nyckel like 'bench-%' and skickad is not null")
echo "utkorgen: $MEJL rader, $skickade_a markerade skickade; SMTP-servern tog emot $mottagna, $unika olika (mottagare, ämne)"
[ "$mottagna" = "$MEJL" ] && [ "$unika" = "$MEJL" ] && ok "varje utskick levererat exakt en gång" \
  || fel "utskick: $MEJL i utkorgen, $mottagna mottagna, $unika olika"
# ---- Reminders exactly once: the reminder job fires every 5 s on the cluster ------------------------
# Every waiting recipient's office deadline becomes tomorrow (inside the default 3 working days'
# lead), and every user gets an address. The reminder and digest jobs fire every 5 s (Quartz,
# clustered) while both instances run; the outbox key and Quartz's lock must give one mail each.
"${PSQL[@]}" -d "$DB" -c "update anvandare set epost = anvandarnamn || '@example.se' where epost is null or epost = ''"
kandidater=$("${PSQL[@]}" -d "$DB" -c "with u as (update remissmottagare set sista_dag_kontorsutlatande = current_date + 1,
  sista_dag_namndprotokoll = greatest(sista_dag_namndprotokoll, current_date + 30)
  where status in ('SKICKAD','MOTTAGEN','TILLDELAD','UNDER_BEREDNING','UTLATANDE_INSKICKAT') returning 1) select count(*) from u")
logga "påminnelser: $kandidater väntande mottagare har sista dag i morgon; jobben körs var 5:e sekund på klustret"
paminnelser=0
for _ in $(seq 1 120); do
  paminnelser=$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick where kategori = 'FRIST_NARMAR'")
  osanda=$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick where skickad is null")
  [ "$paminnelser" -gt 0 ] && [ "$osanda" = 0 ] && break; sleep 0.5
done
sleep 12 # two more firings of each job: nothing new may be queued or sent
# A mail queued by the last firing, or one whose send failed once (retried after a minute, by design),
# is still unsent here: wait (bounded, 90 s) until the outbox is empty before counting, so the check
# measures duplicates and losses, not the scheduler's phase. (CI once counted one such mail as lost.)
for _ in $(seq 1 180); do
  [ "$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick where skickad is null")" = 0 ] && break; sleep 0.5
done
rader=$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick")
paminnelser=$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick where kategori = 'FRIST_NARMAR'")
osanda=$("${PSQL[@]}" -d "$DB" -c "select count(*) from epostutskick where skickad is null")
alla=$(wc -l < "$UT/mejl.txt")
pam_mottagna=$(grep -c $'\tPåminnelse: ' "$UT/mejl.txt" || true)
echo "påminnelser: $paminnelser i utkorgen, $pam_mottagna mottagna; utkorgen totalt $rader rader ($osanda osända), SMTP-servern tog emot $alla"
[ "$paminnelser" -gt 0 ] && [ "$pam_mottagna" = "$paminnelser" ] && [ "$osanda" = 0 ] && [ "$alla" = "$rader" ] \
  && ok "varje påminnelse (och varje annat brev) levererat exakt en gång" \
  || { fel "påminnelser: $paminnelser i utkorgen, $pam_mottagna mottagna; totalt $rader rader, $alla mottagna, $osanda osända"
       "${PSQL[@]}" -d "$DB" -c "select id || ' ' || kategori || ' försök ' || forsok || ' nästa ' || nasta_forsok || ' fel: ' || coalesce(senaste_fel, '-') from epostutskick where skickad is null"; }
echo "Quartz-körningar per instans (epostkorning): $("${PSQL[@]}" -d "$DB" -c "select string_agg(instance_name || ' ' || to_char(to_timestamp(last_checkin_time / 1000), 'HH24:MI:SS'), ', ') from qrtz_scheduler_state")"

echo "== klart $(date -Iseconds), last:$(cut -d' ' -f1-3 /proc/loadavg); loggar i $UT"
if [ $FEL = 0 ]; then echo "ALLA KONTROLLER GICK IGENOM"; else echo "NÅGON KONTROLL MISSLYCKADES"; fi
exit $FEL
