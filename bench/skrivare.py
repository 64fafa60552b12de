#!/usr/bin/env python3
"""The writer of bench/listor.sh: changes recipient statuses through the real HTTP API at a fixed
rate while wrk measures the lists, so that the lists are measured on tables that are being written
to (no database can hand back an earlier result of a query whose tables changed).

    bench/skrivare.py --bas http://127.0.0.1:8180 --anvandare vantor-registrator --per-sekund 5

It logs in with HTTP Basic as a recipient's registrator, reads the unit's open recipient rows
(GET /api/mottagare) and moves them one step along the workflow, round robin, one request every
1/rate seconds: SKICKAD -> MOTTAGEN (POST .../mottag), MOTTAGEN -> TILLDELAD (POST .../tilldela, to
one of the unit's handläggare), TILLDELAD -> UNDER_BEREDNING (POST .../status). A row under
beredning cannot move on without a signed statement; when every row is there, the writer re-assigns
handläggare instead (still a write to the recipient row, not a status change) and says so. Runs
until SIGTERM/SIGINT, then prints what it did as one line of key=value pairs.
"""
import argparse
import base64
import http.client
import json
import signal
import sys
import time
import urllib.parse

p = argparse.ArgumentParser()
p.add_argument("--bas", required=True)
p.add_argument("--anvandare", default="vantor-registrator")
p.add_argument("--losenord", default="remiss-demo")
p.add_argument("--per-sekund", type=float, default=5.0)
p.add_argument("--handlaggare", default="vantor-handlaggare",
               help="user name of the handläggare that rows are assigned to")
a = p.parse_args()

url = urllib.parse.urlparse(a.bas)
auth = "Basic " + base64.b64encode(f"{a.anvandare}:{a.losenord}".encode()).decode()
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def begar(metod, stig, kropp=None):
    global conn
    huvuden = {"Authorization": auth, "Accept": "application/json"}
    data = None
    if kropp is not None:
        data = json.dumps(kropp).encode()
        huvuden["Content-Type"] = "application/json"
    for forsok in range(2):
        try:
            conn.request(metod, stig, body=data, headers=huvuden)
            svar = conn.getresponse()
            text = svar.read()
            return svar.status, text
        except (http.client.HTTPException, OSError):
            conn.close()
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            if forsok:
                raise


rader = {}
personer = {}
sida = 1
while True:
    status, text = begar("GET", f"/api/mottagare?storlek=100&sida={sida}")
    if status != 200:
        sys.exit(f"GET /api/mottagare: {status} {text[:200]!r}")
    s = json.loads(text)
    for r in s["rader"]:
        rader[r["mottagare"]["id"]] = r["mottagare"]["status"]
        h = r["mottagare"].get("handlaggare")
        if h:
            personer[h["anvandarnamn"]] = h["id"]
    if sida * 100 >= s["totalt"]:
        break
    sida += 1

# The unit's handläggare, as the rows name them (listing users is for administrators).
handlaggare = sorted(set(personer.values()), key=lambda h: h != personer.get(a.handlaggare))
if not handlaggare:
    sys.exit("Ingen rad har en handläggare; ange en enhet med tilldelade ärenden")

raknare = {"statusbyten": 0, "omtilldelningar": 0, "fel": 0, "oppna_rader_vid_start": len(rader)}
slut = False


def stopp(*_):
    global slut
    slut = True


signal.signal(signal.SIGTERM, stopp)
signal.signal(signal.SIGINT, stopp)

intervall = 1.0 / a.per_sekund
nasta = time.monotonic()
kö = list(rader)
i = 0
start = time.monotonic()
while not slut and kö:
    mid = kö[i % len(kö)]
    i += 1
    st = rader[mid]
    if st == "SKICKAD":
        res = begar("POST", f"/api/mottagare/{mid}/mottag")
        ny, slag = "MOTTAGEN", "statusbyten"
    elif st == "MOTTAGEN":
        res = begar("POST", f"/api/mottagare/{mid}/tilldela", {"handlaggare": handlaggare[0]})
        ny, slag = "TILLDELAD", "statusbyten"
    elif st == "TILLDELAD":
        res = begar("POST", f"/api/mottagare/{mid}/status", {"status": "UNDER_BEREDNING"})
        ny, slag = "UNDER_BEREDNING", "statusbyten"
    else:
        if any(v in ("SKICKAD", "MOTTAGEN", "TILLDELAD") for v in rader.values()):
            continue
        res = begar("POST", f"/api/mottagare/{mid}/tilldela", {"handlaggare": handlaggare[i % len(handlaggare)]})
        ny, slag = st, "omtilldelningar"
    if 200 <= res[0] < 300:
        rader[mid] = ny
        raknare[slag] += 1
    else:
        raknare["fel"] += 1
        if raknare["fel"] <= 5:
            print(f"{res[0]} för {mid} ({st}): {res[1][:200]!r}", file=sys.stderr)
        rader[mid] = "FEL"
    nasta += intervall
    vila = nasta - time.monotonic()
    if vila > 0:
        time.sleep(vila)
    else:
        # Behind (a slow answer): do not burst to catch up, keep the rate from here.
        nasta = time.monotonic()

tid = time.monotonic() - start
raknare["sekunder"] = round(tid, 1)
raknare["per_sekund"] = round((raknare["statusbyten"] + raknare["omtilldelningar"]) / tid, 2) if tid else 0
print(" ".join(f"{k}={v}" for k, v in raknare.items()), flush=True)
