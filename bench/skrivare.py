#!/usr/bin/env python3
"""The writer of bench/listor.sh: changes recipient statuses through the real HTTP API at a fixed
rate while wrk measures the lists, so that the lists are measured on tables that are being written
to (no database can hand back an earlier result of a query whose tables changed).

    bench/skrivare.py --bas http://127.0.0.1:8180 --anvandare vantor-registrator --per-sekund 5

It logs in with HTTP Basic as a recipient's registrator (and, with --enheter N, as a registrator it
creates through the admin API for each of N more receiving offices), reads their open recipient rows
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
import threading
from concurrent.futures import ThreadPoolExecutor
import sys
import time
import urllib.parse

p = argparse.ArgumentParser()
p.add_argument("--bas", required=True)
p.add_argument("--anvandare", default="vantor-registrator")
p.add_argument("--losenord", default="remiss-demo")
p.add_argument("--per-sekund", type=float, default=5.0)
p.add_argument("--enheter", type=int, default=0,
               help="also write as a new registrator (made via the admin API) of this many more offices")
p.add_argument("--handlaggare", default="vantor-handlaggare",
               help="user name of the handläggare that rows are assigned to")
a = p.parse_args()

url = urllib.parse.urlparse(a.bas)
lokal = threading.local()


def basic(anvandare, losenord):
    return "Basic " + base64.b64encode(f"{anvandare}:{losenord}".encode()).decode()


def begar(metod, stig, auth, kropp=None):
    """One request on this thread's own keep-alive connection."""
    huvuden = {"Authorization": auth, "Accept": "application/json"}
    data = None
    if kropp is not None:
        data = json.dumps(kropp).encode()
        huvuden["Content-Type"] = "application/json"
    for forsok in range(2):
        if getattr(lokal, "conn", None) is None:
            lokal.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        try:
            lokal.conn.request(metod, stig, body=data, headers=huvuden)
            svar = lokal.conn.getresponse()
            return svar.status, svar.read()
        except (http.client.HTTPException, OSError):
            lokal.conn.close()
            lokal.conn = None
            if forsok:
                raise


# The writers: the sample recipient registrator, plus (with --enheter N) a registrator made through
# the admin API for each of N more receiving offices, so that the open rows last through a long run.
skrivare = [basic(a.anvandare, a.losenord)]
if a.enheter:
    admin = basic("admin", a.losenord)
    status, text = begar("GET", "/api/organisationer", admin)
    kontor = [o for o in json.loads(text) if o.get("typ") in ("FORVALTNING", "KONTOR") and o.get("diarium")
              and o.get("aktiv", True) and not a.anvandare.startswith(o["kortnamn"].split("-")[0])]
    stampel = str(int(time.time()))
    for o in kontor[:a.enheter]:
        namn = f"bench-{o['kortnamn']}-{stampel}"
        losen = f"Bänk-{stampel}-Skrivare-9x"
        status, text = begar("POST", "/api/anvandare", admin, {
            "anvandarnamn": namn, "namn": "Bänkskrivare " + o["kortnamn"], "organisation": o["id"],
            "roller": ["REGISTRATOR"], "losenord": losen})
        if status // 100 != 2:
            sys.exit(f"POST /api/anvandare: {status} {text[:300]!r}")
        skrivare.append(basic(namn, losen))

rader = {}      # recipient id -> status
agare = {}      # recipient id -> the writer's Authorization
personer = {}   # writer -> {handläggare name: id}
for auth in skrivare:
    personer[auth] = {}
    sida = 1
    while True:
        status, text = begar("GET", f"/api/mottagare?storlek=100&sida={sida}", auth)
        if status != 200:
            sys.exit(f"GET /api/mottagare: {status} {text[:200]!r}")
        s = json.loads(text)
        for r in s["rader"]:
            mid = r["mottagare"]["id"]
            rader[mid] = r["mottagare"]["status"]
            agare[mid] = auth
            h = r["mottagare"].get("handlaggare")
            if h:
                personer[auth][h["anvandarnamn"]] = h["id"]
        if sida * 100 >= s["totalt"]:
            break
        sida += 1

# Each unit's handläggare, as its rows name them (listing users is for administrators).
handlaggare = {auth: sorted(set(p.values()), key=lambda h: h != p.get(a.handlaggare)) for auth, p in personer.items()}

raknare = {"statusbyten": 0, "omtilldelningar": 0, "fel": 0, "skrivare": len(skrivare),
           "oppna_rader_vid_start": len(rader),
           "flyttbara_steg_vid_start": sum({"SKICKAD": 3, "MOTTAGEN": 2, "TILLDELAD": 1}.get(v, 0) for v in rader.values())}
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
las = threading.Lock()


def steg(mid, st, auth, metod, stig, kropp, ny, slag):
    try:
        res = begar(metod, stig, auth, kropp)
    except (http.client.HTTPException, OSError) as e:
        res = (0, str(e).encode())
    global flyttbara
    with las:
        if st in FLYTTBARA and (ny not in FLYTTBARA or not 200 <= res[0] < 300):
            flyttbara -= 1
        if 200 <= res[0] < 300:
            rader[mid] = ny
            raknare[slag] += 1
        else:
            raknare["fel"] += 1
            if raknare["fel"] <= 5:
                print(f"{res[0]} för {mid} ({st}): {res[1][:200]!r}", file=sys.stderr)
            rader[mid] = "FEL"


# A request is started every 1/rate seconds whatever the answers take (up to 8 at a time), so that a
# slow answer under load does not lower the rate; a row is not picked again while its step runs.
FLYTTBARA = ("SKICKAD", "MOTTAGEN", "TILLDELAD")
flyttbara = sum(1 for v in rader.values() if v in FLYTTBARA)
beredning = sum(1 for v in rader.values() if v == "UNDER_BEREDNING")
# Reading the rows can take minutes on a large database: say when writing starts (bench/listor.sh
# waits for this line before it measures).
print(f"skriver: {len(rader)} öppna rader, {flyttbara} flyttbara", file=sys.stderr, flush=True)
pool = ThreadPoolExecutor(max_workers=8)
while not slut and kö:
    mid = kö[i % len(kö)]
    i += 1
    with las:
        st = rader[mid]
        oppna = flyttbara > 0
        nagot = oppna or beredning > 0
    auth = agare[mid]
    hl = handlaggare[auth]
    if st == "SKICKAD":
        jobb = ("POST", f"/api/mottagare/{mid}/mottag", None, "MOTTAGEN", "statusbyten")
    elif st == "MOTTAGEN" and hl:
        jobb = ("POST", f"/api/mottagare/{mid}/tilldela", {"handlaggare": hl[0]}, "TILLDELAD", "statusbyten")
    elif st == "TILLDELAD":
        jobb = ("POST", f"/api/mottagare/{mid}/status", {"status": "UNDER_BEREDNING"}, "UNDER_BEREDNING", "statusbyten")
    elif st == "UNDER_BEREDNING" and len(hl) > 1 and not oppna:
        jobb = ("POST", f"/api/mottagare/{mid}/tilldela", {"handlaggare": hl[i % len(hl)]}, st, "omtilldelningar")
    else:
        if not nagot:
            break
        continue
    with las:
        rader[mid] = "PAGAR"
    pool.submit(steg, mid, st, auth, jobb[0], jobb[1], jobb[2], jobb[3], jobb[4])
    nasta += intervall
    vila = nasta - time.monotonic()
    if vila > 0:
        time.sleep(vila)
    else:
        nasta = time.monotonic()

pool.shutdown(wait=True)
tid = time.monotonic() - start
raknare["sekunder"] = round(tid, 1)
raknare["per_sekund"] = round((raknare["statusbyten"] + raknare["omtilldelningar"]) / tid, 2) if tid else 0
print(" ".join(f"{k}={v}" for k, v in raknare.items()), flush=True)
