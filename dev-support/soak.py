#!/usr/bin/env python3
"""A bounded soak test on loopback: mixed scoring, saving, reading and sharing for a fixed time,
then a report of errors, latencies and the server's memory over time.

Start the packaged application first, e.g. (rate limits raised: the soak is one user on one address)

    ADVISOR_ADMIN_PASSWORD=soak-admin-password ADVISOR_RATE_LIMIT_ENABLED=false \\
      java -Xmx512m -jar target/quarkus-app/quarkus-run.jar &

then run

    python3 dev-support/soak.py --minutes 10 --pid <the java process id>

It only ever talks to 127.0.0.1 and stops by itself. The exit status is 1 when any request
failed (a status other than the expected one), so that it can gate a release.
"""
import argparse
import http.cookiejar
import json
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ANSWERS = {
    "estate.clouds": ["azure", "aws"], "estate.primary_cloud": "azure",
    "estate.azure_commitment": "committed_spend", "estate.aws_commitment": "pay_as_you_go",
    "multicloud.maturity": "some", "products.intended": ["stateless_api", "frontier_agents"],
    "workload.criticality": "customer_facing", "data.residency": "eu", "data.regulated": ["financial"],
    "legal.risk_appetite": "low", "timeline.go_live_months": 6,
}
MIX = [("score", 60), ("save", 15), ("read", 15), ("share", 10)]


class Client:
    def __init__(self, base, username, password):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  NoRedirect())
        self.call("POST", "/j_security_check", form={"j_username": username, "j_password": password},
                  expect=(302,))

    def call(self, method, path, body=None, form=None, expect=(200,)):
        data, headers = None, {"Accept": "application/json"}
        if body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        elif form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif method in ("POST", "PUT", "DELETE"):
            data, headers["Content-Type"] = b"", "application/json"
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                status, payload = response.status, response.read()
        except urllib.error.HTTPError as e:
            status, payload = e.code, e.read()
        if status not in expect:
            raise RuntimeError(f"{method} {path}: {status} {payload[:200]!r}")
        return json.loads(payload) if payload and payload[:1] in (b"{", b"[") else None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="soak-admin-password")
    parser.add_argument("--pid", type=int, help="the server's process id, to sample its memory")
    args = parser.parse_args()
    if args.minutes <= 0 or args.minutes > 60:
        sys.exit("--minutes must be between 0 and 60")
    base = f"http://127.0.0.1:{args.port}"
    end = time.monotonic() + args.minutes * 60
    saved, lock = [], threading.Lock()
    latencies = {kind: [] for kind, _ in MIX}
    errors = []
    kinds = [kind for kind, weight in MIX for _ in range(weight)]

    def work(seed):
        rnd = random.Random(seed)
        client = Client(base, args.user, args.password)
        while time.monotonic() < end:
            kind = rnd.choice(kinds)
            started = time.perf_counter()
            try:
                if kind == "score":
                    answers = dict(ANSWERS, **{"timeline.go_live_months": rnd.randint(1, 24)})
                    client.call("POST", "/api/v1/score", body={"answers": answers})
                elif kind == "save":
                    made = client.call("POST", "/api/v1/assessments", expect=(201,),
                                       body={"title": f"Soak {seed}", "answers": ANSWERS})
                    with lock:
                        saved.append(made["id"])
                elif kind in ("read", "share"):
                    with lock:
                        target = rnd.choice(saved) if saved else None
                    if target is None:
                        continue
                    if kind == "read":
                        client.call("GET", f"/api/v1/assessments/{target}")
                    else:
                        link = client.call("POST", f"/api/v1/assessments/{target}/shares", expect=(201,))
                        client.call("GET", f"/api/v1/shared/{link['token']}")
                latencies[kind].append(time.perf_counter() - started)
            except Exception as e:  # noqa: BLE001 - every failure is counted and reported
                errors.append(f"{kind}: {e}")

    memory = []

    def sample():
        while time.monotonic() < end:
            if args.pid:
                memory.append((round(args.minutes * 60 - (end - time.monotonic())), rss_kib(args.pid)))
            time.sleep(min(10, max(0.1, end - time.monotonic())))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(args.workers)]
    threads.append(threading.Thread(target=sample))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    total = sum(len(v) for v in latencies.values())
    print(f"{args.minutes:g} min, {args.workers} workers: {total} requests ok, {len(errors)} failed, "
          f"{len(saved)} assessments saved")
    for kind, values in latencies.items():
        if values:
            values.sort()
            print(f"  {kind:6} n={len(values):6}  median {statistics.median(values) * 1000:7.1f} ms  "
                  f"p95 {values[int(len(values) * 0.95) - 1] * 1000:7.1f} ms  max {values[-1] * 1000:7.1f} ms")
    if memory:
        print("  server RSS (MiB) every ~10 s: " + " ".join(f"{kib // 1024}" for _, kib in memory if kib))
    for e in errors[:10]:
        print("  error:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
