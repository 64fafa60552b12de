#!/usr/bin/env bash
# Backup of a Remiss installation (docs/drift.md, "Säkerhetskopiering och återläsning").
#
#   ops/sakerhetskopiera.sh <datakatalog> <målkatalog>
#
# Writes into <målkatalog>/remiss-<time>/:
#   - the database: on H2 `BACKUP TO 'databas.zip'` (H2's own consistent copy of the database file),
#     on PostgreSQL (PGURL set, e.g. postgresql://remiss@db/remiss) `pg_dump -Fc` into databas.dump;
#   - the rest of the data folder (uploaded documents, generated keys, the audit checkpoint file
#     granskning-kontrollpunkter.txt and its HMAC key file, if they live there), without the H2 files.
# The checkpoint file is copied AFTER the database, so every checkpoint of an event in the dump is in
# the copy (the verifier then reports nothing missing; see docs/drift.md).
#
# H2: an embedded H2 file is locked by the running app. Either stop the app for the backup, or start
# the app with AUTO_SERVER=TRUE in its JDBC URL (docs/drift.md), then this script connects through the
# app's H2 and the backup is taken online. Settings: H2_URL (default jdbc:h2:file:<datakatalog>/remiss,
# plus ;AUTO_SERVER=TRUE when H2_ONLINE=1), H2_ANVANDARE=remiss, H2_LOSENORD="", APP=target/quarkus-app.
set -euo pipefail
[ $# = 2 ] || { echo "användning: $0 <datakatalog> <målkatalog>" >&2; exit 2; }
DATAKATALOG=$(cd "$1" && pwd)
MAL=$2/remiss-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$MAL"
MAL=$(cd "$MAL" && pwd)
APP=${APP:-$(cd "$(dirname "$0")/.." && pwd)/target/quarkus-app}

if [ -n "${PGURL:-}" ]; then
  pg_dump -Fc -f "$MAL/databas.dump" "$PGURL"
else
  H2JAR=$(ls "$APP"/lib/main/com.h2database.h2-*.jar | head -1)
  URL=${H2_URL:-jdbc:h2:file:$DATAKATALOG/remiss}
  [ "${H2_ONLINE:-0}" = 1 ] && URL="$URL;AUTO_SERVER=TRUE"
  java -cp "$H2JAR" org.h2.tools.Shell -url "$URL" -user "${H2_ANVANDARE:-remiss}" \
    -password "${H2_LOSENORD:-}" -sql "BACKUP TO '$MAL/databas.zip'"
fi

# Everything else in the data folder; the H2 files themselves are in databas.zip.
tar -C "$DATAKATALOG" --exclude='remiss.mv.db' --exclude='remiss.trace.db' --exclude='remiss.lock.db' \
  -czf "$MAL/datakatalog.tar.gz" .
( cd "$MAL" && sha256sum ./* > SHA256SUMS )
echo "$MAL"
