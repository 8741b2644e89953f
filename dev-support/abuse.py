#!/usr/bin/env python3
"""Abuse measurements of one running server on 127.0.0.1 (docs/benchmarks.md "Sign-in flood", "Slow bodies").

Modes:

  signin-flood  --loops (30) parallel loops post wrong passwords to the sign-in form for --seconds (30),
                while one signed-in client reads GET /api/v1/assessments with a personal API token
                every --interval seconds. Reports the sign-ins' statuses (every 5xx counted) and the
                API reads' statuses, median and p99. Targets: 0 x 5xx, reads' median < 200 ms.
  slow-bodies   --connections (200) connections from this one address each start a
                POST /api/v1/score declaring Content-Length: 200000 and send a few bytes every
                --trickle seconds, while another client (from 127.0.0.2: another address of the same
                machine) scores and reads the questionnaire. Reports how the slow connections ended (answered 408/429, closed,
                still open) and the other client's median and p99. Target: p99 < 100 ms.

Each run stops by itself after --seconds (plus a few seconds to close its sockets). The API token is
made through the account page (as a person would) unless --token is given. Start the server as
README says, for example:

    ADVISOR_ADMIN_PASSWORD=load-admin-password \\
      java -Dquarkus.http.port=8120 -Dquarkus.management.port=9120 -jar target/quarkus-app/quarkus-run.jar &
    python3 dev-support/abuse.py signin-flood --port 8120 --password load-admin-password
    python3 dev-support/abuse.py slow-bodies --port 8120 --connections 200 --seconds 40

The exit status is 1 when a target was missed.
"""
import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from load import SCORE_BODY, Connection, percentile, sign_in  # noqa: E402  (the load tool beside this one)


# --- helpers ------------------------------------------------------------------------------------

async def raw(port, data, timeout=10.0):
    """Sends bytes on a fresh connection and returns (status, headers, body) of the answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
        status = int(head.split(b" ", 2)[1])
        headers = {}
        for line in head.decode("latin-1").split("\r\n")[1:]:
            name, _, value = line.partition(":")
            if name:
                headers.setdefault(name.strip().lower(), []).append(value.strip())
        length = int(headers.get("content-length", ["0"])[0])
        body = await asyncio.wait_for(reader.readexactly(length), timeout) if length else b""
        return status, headers, body
    finally:
        writer.close()


async def api_token(port, cookie):
    """A personal API token, made on the account page with the page's CSRF token."""
    head = f"Host: 127.0.0.1:{port}\r\nCookie: {cookie}\r\nAccept: text/html\r\n"
    status, headers, body = await raw(port, f"GET /account/tokens HTTP/1.1\r\n{head}Connection: close\r\n\r\n".encode())
    field = re.search(rb'name="csrf-token" value="([^"]+)"', body)
    csrf_cookie = next((c.split(";")[0] for c in headers.get("set-cookie", []) if c.startswith("csrf-token=")), None)
    if status != 200 or not field or not csrf_cookie:
        sys.exit(f"cannot open the account page to make a token ({status}); pass --token")
    form = urllib.parse.urlencode({"csrf-token": field.group(1).decode(), "name": f"abuse-{int(time.time())}"})
    request = (f"POST /account/tokens HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}; {csrf_cookie}\r\n"
               f"Accept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\n"
               f"Content-Length: {len(form)}\r\nConnection: close\r\n\r\n{form}")
    status, _, body = await raw(port, request.encode())
    token = re.search(rb"pra_[A-Za-z0-9_\-]+", body)
    if status != 201 or not token:
        sys.exit(f"making an API token failed ({status}); pass --token")
    return token.group(0).decode()


def summary(name, latencies):
    ordered = sorted(latencies)
    if not ordered:
        return f"{name}: none answered"
    return (f"{name}: {len(ordered)} answered, median {statistics.median(ordered):.1f} ms,"
            f" p99 {percentile(ordered, 0.99):.1f} ms, max {ordered[-1]:.1f} ms")


# --- signin-flood -------------------------------------------------------------------------------

async def flood_loop(port, stop, statuses):
    form = urllib.parse.urlencode({"j_username": "admin", "j_password": "wrong-password"})
    request = (f"POST /j_security_check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
               f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(form)}\r\n"
               f"Connection: close\r\n\r\n{form}").encode()
    while time.perf_counter() < stop:
        try:
            status, _, _ = await raw(port, request, timeout=30)
            statuses[status] = statuses.get(status, 0) + 1
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as e:
            statuses[type(e).__name__] = statuses.get(type(e).__name__, 0) + 1


async def reads_loop(port, token, stop, interval, statuses, latencies):
    request = (f"GET /api/v1/assessments HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n"
               f"Authorization: Bearer {token}\r\nConnection: close\r\n\r\n").encode()
    while time.perf_counter() < stop:
        started = time.perf_counter()
        try:
            status, _, _ = await raw(port, request, timeout=30)
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as e:
            statuses[type(e).__name__] = statuses.get(type(e).__name__, 0) + 1
        await asyncio.sleep(max(0.0, interval - (time.perf_counter() - started)))


async def signin_flood(args):
    token = args.token or await api_token(args.port, sign_in(args.port, args.user, args.password))
    stop = time.perf_counter() + args.seconds
    signins, reads, latencies = {}, {}, []
    await asyncio.gather(*(flood_loop(args.port, stop, signins) for _ in range(args.loops)),
                         reads_loop(args.port, token, stop, args.interval, reads, latencies))
    errors = sum(n for s, n in signins.items() if isinstance(s, int) and s >= 500) \
        + sum(n for s, n in reads.items() if isinstance(s, int) and s >= 500)
    print(f"{args.loops} wrong-password loops for {args.seconds:.0f} s; sign-in answers: {dict(sorted(signins.items(), key=str))}")
    print(f"API reads (GET /api/v1/assessments, bearer token): {dict(sorted(reads.items(), key=str))}")
    print(summary("API reads", latencies))
    median = statistics.median(latencies) if latencies else float("inf")
    met = errors == 0 and median < 200
    print(f"5xx: {errors}; targets 0 x 5xx and median < 200 ms: {'met' if met else 'NOT met'}")
    return 0 if met else 1


# --- slow-bodies --------------------------------------------------------------------------------

OTHER_ADDRESS = "127.0.0.2"

async def trickler(port, stop, trickle, outcome):
    """One slow client: declares 200 000 bytes and sends a few every `trickle` seconds until told to stop."""
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        outcome[f"connect {type(e).__name__}"] = outcome.get(f"connect {type(e).__name__}", 0) + 1
        return
    writer.write((f"POST /api/v1/score HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                  f"Content-Length: 200000\r\n\r\n").encode())
    answer = asyncio.ensure_future(reader.readline())
    result = "still sending at the end"
    try:
        while time.perf_counter() < stop:
            done, _ = await asyncio.wait({answer}, timeout=trickle)
            if done:
                line = answer.result()
                result = f"answered {int(line.split()[1])}" if line else "closed by the server"
                break
            writer.write(b"{\"a\": ")
            await writer.drain()
    except (OSError, ValueError, IndexError):
        result = "closed by the server"
    finally:
        answer.cancel()
        writer.close()
    outcome[result] = outcome.get(result, 0) + 1


async def other_client(port, stop, latencies, failures):
    """An ordinary client at another address: a scoring and a questionnaire read, one after the other."""
    connection = Connection(port, source=OTHER_ADDRESS)
    await asyncio.sleep(2)  # let the slow connections open first
    while time.perf_counter() < stop:
        for method, path, body in (("POST", "/api/v1/score", SCORE_BODY), ("GET", "/api/v1/questionnaire", None)):
            started = time.perf_counter()
            try:
                status, _ = await asyncio.wait_for(connection.request(method, path, body), 30)
                latencies.append((time.perf_counter() - started) * 1000)
                if status >= 400:
                    failures[status] = failures.get(status, 0) + 1
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError) as e:
                failures[type(e).__name__] = failures.get(type(e).__name__, 0) + 1
                connection = Connection(port, source=OTHER_ADDRESS)
        await asyncio.sleep(0.05)


async def slow_bodies(args):
    stop = time.perf_counter() + args.seconds
    outcome, latencies, failures = {}, [], {}
    slow = [asyncio.ensure_future(trickler(args.port, stop, args.trickle, outcome)) for _ in range(args.connections)]
    await other_client(args.port, stop, latencies, failures)
    await asyncio.gather(*slow)
    print(f"{args.connections} slow connections (Content-Length 200000, a few bytes every {args.trickle:.0f} s)"
          f" for {args.seconds:.0f} s; ulimit -n {os.sysconf('SC_OPEN_MAX')}")
    print(f"slow connections: {dict(sorted(outcome.items()))}")
    print(summary("other client (score + questionnaire)", latencies) + (f"; failures {failures}" if failures else ""))
    p99 = percentile(sorted(latencies), 0.99) if latencies else float("inf")
    met = p99 < 100 and not failures
    print(f"target p99 < 100 ms: {'met' if met else 'NOT met'}")
    return 0 if met else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["signin-flood", "slow-bodies"])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--seconds", type=float, default=30, help="how long the attack lasts")
    parser.add_argument("--loops", type=int, default=30, help="signin-flood: parallel wrong-password loops")
    parser.add_argument("--interval", type=float, default=0.25, help="signin-flood: seconds between API reads")
    parser.add_argument("--user", default="admin", help="signin-flood: the account whose API token reads")
    parser.add_argument("--password", default="load-admin-password")
    parser.add_argument("--token", help="signin-flood: a personal API token (else one is made)")
    parser.add_argument("--connections", type=int, default=200, help="slow-bodies: slow connections")
    parser.add_argument("--trickle", type=float, default=5, help="slow-bodies: seconds between a slow body's bytes")
    args = parser.parse_args()
    if args.seconds > 600:
        sys.exit("--seconds: at most 600")
    sys.exit(asyncio.run({"signin-flood": signin_flood, "slow-bodies": slow_bodies}[args.mode](args)))


if __name__ == "__main__":
    main()
