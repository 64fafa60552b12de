#!/usr/bin/env bash
# Programme import of a 100-page PDF against PDFBox's bare text extraction of the same bytes,
# measured in one JVM, interleaved. See docs/benchmarks.md, "Programimport: 100-sidig PDF".
#
#   bench/import.sh                          # cases a, b, c, p: 15 warm-up + 30 measured rounds
#   bench/import.sh --http                   # also d: full HTTP import against a fresh app on :8097
#   bench/import.sh --warmup 10 --matt 20 --bara a,c
#
# Other arguments go to se.remiss.bench.ProgramImportBench (see its javadoc).
# JVM options for the benchmark JVM in BENCH_JAVA_OPTS (default: fixed 1 GB heap); with --http the
# app is started from target/quarkus-app (built if missing) on BENCH_PORT (default 8097) with an
# empty data folder, its default JVM settings (or APP_JAVA_OPTS), and stopped afterwards. The upload
# logs in with HTTP Basic as BENCH_ANVANDARE (default: the sample data's sending registrator).
set -euo pipefail
cd "$(dirname "$0")/.."

http=false
args=()
for a in "$@"; do
  if [[ $a == --http ]]; then http=true; else args+=("$a"); fi
done

./mvnw -B -q test-compile
cp_fil=target/bench-classpath.txt
if [[ ! -s $cp_fil || pom.xml -nt $cp_fil ]]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_fil"
fi

if $http; then
  port=${BENCH_PORT:-8097}
  if [[ ! -f target/quarkus-app/quarkus-run.jar || -n $(find src/main pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit) ]]; then
    ./mvnw -B -q package -DskipTests
  fi
  data=$(mktemp -d /tmp/importbench-data.XXXXXX)
  REMISS_DATAKATALOG=$data QUARKUS_HTTP_PORT=$port java ${APP_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar \
    >"$data/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
  redo=false
  for _ in $(seq 1 240); do
    if curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then redo=true; break; fi
    kill -0 $app 2>/dev/null || break
    sleep 0.5
  done
  $redo || { echo "appen kom inte igång på :$port inom 120 s" >&2; tail -50 "$data/app.log" >&2; exit 1; }
  anvandare=${BENCH_ANVANDARE:-slk-registrator:remiss-demo}
  # The sample remiss is the first row of the sender's list (rows are objects whose first key is "id").
  remiss=$(curl -fs -u "$anvandare" "http://localhost:$port/api/remisser" | grep -o '"rader":\[{"id":[0-9]*' | head -1 | grep -o '[0-9]*$' || true)
  [[ -n $remiss ]] || { echo "ingen remiss i exempeldata synlig för ${anvandare%%:*}" >&2; exit 1; }
  echo "== app pid $app på :$port, datakatalog $data, remiss $remiss"
  args+=(--url "http://localhost:$port/api/remisser/$remiss/program" --anvandare "$anvandare")
fi

echo "== $(date -Iseconds)  $(nproc) kärnor, $(free -g | awk '/^Mem:/ {print $2 " GB minne"}'), last:$(uptime | sed 's/.*load average://')"
java ${BENCH_JAVA_OPTS:--Xms1g -Xmx1g} \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "target/test-classes:target/classes:$(cat "$cp_fil")" \
  se.remiss.bench.ProgramImportBench "${args[@]}"
echo "== klart $(date -Iseconds), last:$(uptime | sed 's/.*load average://')"
