#!/usr/bin/env python3
"""Sign-in flood against one running server (docs/benchmarks.md "Sign-in flood", issue 20 point 2).

N threads (default 30) post wrong passwords to /j_security_check in a loop for S seconds (default
30), while one more thread reads GET /api/v1/assessments with a personal API token, one request
after another. Reports the answers the flood got by status (a 500 is a failure), and the reads'
count, statuses and median/p90/p99 latency.

    ADVISOR_ADMIN_PASSWORD=flood-admin-password java -Dquarkus.http.port=8140 -Dquarkus.management.port=9140 \\
      -Dquarkus.datasource.jdbc.url=jdbc:h2:file:./target/flood/advisor -jar target/quarkus-app/quarkus-run.jar &
    python3 dev-support/sign-in-flood.py --port 8140 --password flood-admin-password

It makes the token itself (signing in as admin through the form). It only talks to 127.0.0.1 and
stops by itself. The exit status is 1 when any answer was a 5xx.
"""
import argparse
import collections
import http.client
import re
import statistics
import threading
import time
import urllib.parse


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        headers = dict(response.getheaders())
        headers["Set-Cookie"] = "; ".join(response.msg.get_all("Set-Cookie") or [])
        return response.status, headers, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def form(fields):
    return urllib.parse.urlencode(fields), {"Content-Type": "application/x-www-form-urlencoded"}


def make_token(port, password):
    body, headers = form({"j_username": "admin", "j_password": password})
    status, answer, _ = request(port, "POST", "/j_security_check", body, headers)
    session = re.search(r"advisor-session=([^;]+)", answer.get("Set-Cookie", "") or "")
    if status != 302 or not session:
        raise SystemExit(f"signing in as admin failed: {status}")
    cookie = "advisor-session=" + session.group(1)
    status, answer, page = request(port, "GET", "/account/tokens", headers={"Cookie": cookie, "Accept": "text/html"})
    csrf_cookie = re.search(r"csrf-token=([^;]+)", answer.get("Set-Cookie", "")).group(1)
    csrf = re.search(r'name="csrf-token" value="([^"]+)"', page).group(1)
    body, headers = form({"csrf-token": csrf, "name": "sign-in flood", "expires": "7"})
    headers.update({"Cookie": f"{cookie}; csrf-token={csrf_cookie}", "Accept": "text/html"})
    status, _, page = request(port, "POST", "/account/tokens", body, headers)
    return re.search(r'id="fresh-token" class="share-url" readonly value="([^"]+)"', page).group(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--password", required=True, help="the admin password (ADVISOR_ADMIN_PASSWORD)")
    parser.add_argument("--loops", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()

    token = make_token(args.port, args.password)
    deadline = time.monotonic() + args.seconds
    flood = collections.Counter()
    reads, read_status = [], collections.Counter()
    lock = threading.Lock()

    def guess(n):
        body, headers = form({"j_username": "admin", "j_password": f"wrong-{n}"})
        while time.monotonic() < deadline:
            try:
                status = request(args.port, "POST", "/j_security_check", body, headers)[0]
            except OSError as e:
                status = type(e).__name__
            with lock:
                flood[status] += 1

    def read():
        while time.monotonic() < deadline:
            start = time.monotonic()
            try:
                status = request(args.port, "GET", "/api/v1/assessments", headers={"Authorization": "Bearer " + token})[0]
            except OSError as e:
                status = type(e).__name__
            with lock:
                reads.append((time.monotonic() - start) * 1000)
                read_status[status] += 1

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(args.loops)] + [threading.Thread(target=read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    quantiles = statistics.quantiles(reads, n=100) if len(reads) > 1 else [reads[0]] * 99
    print(f"flood: {args.loops} loops x {args.seconds:.0f} s: {sum(flood.values())} sign-ins, by status {dict(flood)}")
    print(f"reads: {len(reads)}, by status {dict(read_status)}, median {statistics.median(reads):.0f} ms, "
          f"p90 {quantiles[89]:.0f} ms, p99 {quantiles[98]:.0f} ms")
    failed = sum(c for s, c in list(flood.items()) + list(read_status.items()) if not isinstance(s, int) or s >= 500)
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
