#!/usr/bin/env python3
"""Times the results and compare pages against a running application on loopback and prints, per
page, the median and spread of the time to the last byte (an upper bound of the server time:
loopback adds a fraction of a millisecond). One request at a time, after a warm-up.

Start the packaged application first (rate limits off: this is one user on one address), e.g.

    ADVISOR_ADMIN_PASSWORD=timing-admin-password ADVISOR_RATE_LIMIT_ENABLED=false \\
      QUARKUS_MANAGEMENT_PORT=9096 java -Xmx512m -Dquarkus.http.port=8097 -jar target/quarkus-app/quarkus-run.jar &

then run

    python3 dev-support/page-timing.py --port 8097

It saves two assessments (the buyers below) as the signed-in user, then times
GET /results?a=<answers> (the results page of unsaved answers, what-if analysis included),
GET /assessments/<id> (a saved revision's results page) and GET /compare?left=..&right=..
"""
import argparse
import base64
import json
import os
import statistics
import time
import urllib.request
import zlib

import importlib.util
import pathlib

spec = importlib.util.spec_from_file_location("soak", pathlib.Path(__file__).with_name("soak.py"))
soak = importlib.util.module_from_spec(spec)
spec.loader.exec_module(soak)

BUYERS = [
    soak.ANSWERS,
    {"estate.clouds": ["aws"], "estate.primary_cloud": "aws", "estate.aws_commitment": "committed_spend",
     "multicloud.maturity": "some", "products.intended": ["frontier_agents", "stateful_runtime"],
     "workload.criticality": "customer_facing", "data.residency": "none", "legal.risk_appetite": "medium",
     "timeline.go_live_months": 9},
]


def token(answers):
    """The answers as results links carry them (web/AnswerToken): raw deflate, then base64url."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(json.dumps(answers, separators=(",", ":")).encode()) + packer.flush()
    return base64.urlsafe_b64encode(packed).decode().rstrip("=")


def cpu_seconds(pid):
    """User plus system CPU time of the server so far (all its threads: JIT and collector included,
    so an upper bound of what the requests cost), which other work on the machine hardly changes."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(client, path, count):
    times = []
    for _ in range(count):
        request = urllib.request.Request(client.base + path, headers={"Accept": "text/html"})
        started = time.perf_counter()
        with client.opener.open(request, timeout=30) as response:
            if response.status != 200:
                raise RuntimeError(f"GET {path}: {response.status}")
            response.read()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="timing-admin-password")
    parser.add_argument("--warmup", type=int, default=1000)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--pid", type=int, help="the server's process id: also print its CPU time per page view")
    args = parser.parse_args()
    client = soak.Client(f"http://127.0.0.1:{args.port}", args.user, args.password)
    saved = [client.call("POST", "/api/v1/assessments", expect=(201,),
                         body={"title": f"Timing {i}", "answers": a})["id"] for i, a in enumerate(BUYERS)]
    pages = {f"results page, buyer {i + 1}": f"/results?a={token(a)}" for i, a in enumerate(BUYERS)}
    pages["saved results page"] = f"/assessments/{saved[0]}"
    pages["compare page"] = f"/compare?left={saved[0]}:1&right={saved[1]}:1"
    for name, path in pages.items():
        timed(client, path, args.warmup)
        cpu_before = cpu_seconds(args.pid) if args.pid else None
        times = sorted(timed(client, path, args.count))
        cpu = f"  server CPU {(cpu_seconds(args.pid) - cpu_before) * 1000 / args.count:5.2f} ms a view" if args.pid else ""
        print(f"{name:28} median {statistics.median(times):6.2f} ms  p10 {times[len(times) // 10]:6.2f}"
              f"  p90 {times[len(times) * 9 // 10]:6.2f}  ({args.count} requests){cpu}")


if __name__ == "__main__":
    main()
