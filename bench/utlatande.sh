#!/usr/bin/env bash
# Times the tjänsteutlåtande's live preview (POST from the editor form, as htmx sends it), the saved
# document's HTML and its PDF, against a running service with the sample data (README's start
# command), as Vantör's handläggare over HTTP Basic. Usage: bash bench/utlatande.sh [antal=30]
set -euo pipefail
BAS=${BAS:-http://localhost:8080}
ANTAL=${1:-30}
AUTH=(-u vantor-handlaggare:remiss-demo)
mottagare=$(curl -sf "${AUTH[@]}" "$BAS/api/mottagare" | python3 -c "import json,sys;print(json.load(sys.stdin)['rader'][0]['id'])")
uid=$(curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d "{\"mottagare\":$mottagare,\"mall\":\"remissvar\",\"stallningstagande\":\"AVSTAR\"}" "$BAS/api/utlatanden" \
  | python3 -c "import json,sys;print(json.load(sys.stdin)['uid'])")
text=$(python3 -c "print(('Programmet tar upp uppsökande arbete i [[5.3]] och [[5.3#1]]. ' * 20 + '\n\n') * 10)")
curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -X PUT -o /dev/null \
  -d "$(python3 -c "import json,sys;print(json.dumps({'version':1,'text':sys.argv[1]}))" "$text")" \
  "$BAS/api/utlatanden/$uid/avsnitt/synpunkter"

mat() { # name, curl arguments…: prints p50 and max in ms over ANTAL requests (after 3 warm-up requests)
  local namn=$1; shift
  for _ in 1 2 3; do curl -sf -o /dev/null "$@"; done
  for _ in $(seq "$ANTAL"); do curl -sf -o /dev/null -w '%{time_total}\n' "$@"; done \
    | sort -n | awk -v n="$namn" '{t[NR]=$1*1000} END {printf "%-28s p50 %6.1f ms   max %6.1f ms   (n=%d)\n", n, t[int((NR+1)/2)], t[NR], NR}'
}
mat "förhandsvisning (htmx POST)" "${AUTH[@]}" --data-urlencode "version=2" --data-urlencode "text.sammanfattning=Kort." \
  --data-urlencode "text.synpunkter=$text" "$BAS/utlatanden/$uid/forhandsvisning"
mat "dokumentet (HTML)" "${AUTH[@]}" "$BAS/api/utlatanden/$uid/forhandsvisning"
mat "PDF" "${AUTH[@]}" "$BAS/api/utlatanden/$uid/pdf"
