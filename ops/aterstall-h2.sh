#!/usr/bin/env bash
# Restores a backup made by the service (remiss.sakerhetskopia.*, a zip with the H2 database and the
# data folder's other files) into a data folder. Stop the service first: H2 holds the database file
# open. An existing data folder is not overwritten but moved aside, so a mistaken restore can be undone.
#
#   ops/aterstall-h2.sh /var/backups/remiss/remiss-20261205-023000.zip ./data
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "Användning: $0 SÄKERHETSKOPIA.zip DATAKATALOG" >&2
  exit 2
fi
kopia=$(realpath "$1")
data=$2
[ -f "$kopia" ] || { echo "Hittar inte säkerhetskopian $1" >&2; exit 1; }
# jar (from the JDK the service runs on) reads zips where unzip may not be installed.
jar tf "$kopia" | grep -qx 'remiss.mv.db' || { echo "$1 innehåller ingen remiss.mv.db – är det en säkerhetskopia från Remiss?" >&2; exit 1; }

if [ -e "$data" ] && [ -n "$(ls -A "$data")" ]; then
  undan="$data.fore-aterstallning-$(date +%Y%m%d-%H%M%S)"
  mv "$data" "$undan"
  echo "Den befintliga datakatalogen flyttades till $undan"
fi
mkdir -p "$data"
(cd "$data" && jar xf "$kopia")
echo "Återställt från $1 till $data. Starta tjänsten och kör granskningskedjans verifiering (/granskning)."
