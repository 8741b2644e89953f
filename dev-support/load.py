#!/usr/bin/env python3
"""HTTP load measurements of one running server (docs/benchmarks.md "HTTP load", "Start-up", "Memory").

Modes:

  compare   wrk (Debian package "wrk") against POST /api/v1/score and a static JSON document
            (GET /api/v1/scenarios) of the same server, one after the other in one run: throughput,
            p50/p99 of each and their ratio. Target: score >= 0.6x the static document's throughput.
  rate      a fixed arrival rate (open loop: a request is sent on schedule whether or not earlier
            ones have been answered, and its latency counts from its scheduled time, so a stalled
            server cannot hide its queue). Default 500 scorings/s; target p99 < 20 ms.
  mixed     the same fixed-rate loop over a mix of scoring (60 %), saves (20 %) and reads of saved
            assessments (20 %), signed in; target p99 < 100 ms with the saves included.
  saves     saves only (POST /api/v1/assessments, signed in), closed loop: each of --connections
            connections saves again as soon as its last save is answered, for --seconds; saves a
            second and p50/p99. For the cost of durable commits (docs/benchmarks.md "Durable saves").
  startup   starts the packaged jar (on an existing database) several times and measures the time
            from the process start to the first 200 of GET /api/v1/scenarios.
  memory    scores N times (default 10 000) against a server and reports its resident memory (RSS)
            before and after, from /proc (--pid).

--static-path and --score-path point these modes at other requests of the same shape, and --score-get
makes the measured request a GET: this is how the framework floor (dev-support/framework-floor) is
measured with the same tool, e.g. compare --static-path /floor/static --score-path /floor/score.

Start the server with rate limits off: every request comes from one address and one user, which the
limits (advisor.rate-limit.*) would rightly stop after a few hundred requests a minute:

    ADVISOR_ADMIN_PASSWORD=load-admin-password ADVISOR_RATE_LIMIT_ENABLED=false \\
      java -XX:+UseSerialGC -Xmx96m -Dquarkus.http.port=8120 -Dquarkus.management.port=9120 -jar target/quarkus-app/quarkus-run.jar &
    python3 dev-support/load.py compare --port 8120
    python3 dev-support/load.py rate --port 8120 --rate 500 --seconds 20
    python3 dev-support/load.py mixed --port 8120 --rate 200 --seconds 60 --password load-admin-password
    python3 dev-support/load.py saves --port 8120 --connections 8 --seconds 20 --password load-admin-password
    python3 dev-support/load.py memory --port 8120 --pid <java pid> --count 10000
    python3 dev-support/load.py startup --jar target/quarkus-app/quarkus-run.jar --runs 5 --port 8121
    python3 dev-support/load.py startup --jar dev-support/framework-floor/target/quarkus-app/quarkus-run.jar \
      --workdir dev-support/framework-floor --path /floor/static --runs 5 --port 8131

It only talks to 127.0.0.1. The exit status is 1 when a request failed or a target was missed.
"""
import argparse
import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ANSWERS = {
    "estate.clouds": ["azure", "aws"], "estate.primary_cloud": "azure",
    "estate.azure_commitment": "committed_spend", "estate.aws_commitment": "pay_as_you_go",
    "multicloud.maturity": "some", "products.intended": ["stateless_api", "frontier_agents"],
    "workload.criticality": "customer_facing", "data.residency": "eu", "data.regulated": ["financial"],
    "legal.risk_appetite": "low", "timeline.go_live_months": 6,
}
SCORE_BODY = json.dumps({"answers": ANSWERS})
STATIC_PATH = "/api/v1/scenarios"


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * fraction))]


# --- compare: wrk against the score endpoint and a static document ----------------------------

WRK_LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = [[%s]]
"""
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def wrk(args, path, script=None):
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{max(1, round(args.seconds))}s", "--latency"]
    if args.gzip:
        command += ["-H", "Accept-Encoding: gzip"]
    if script:
        command += ["-s", script]
    output = subprocess.run(command + [f"http://127.0.0.1:{args.port}{path}"], capture_output=True, text=True,
                            check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {}
    for label, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M):
        latency[label] = float(value) * UNITS[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sockets = re.search(r"Socket errors: (.*)", output)
    return {"rate": rate, "p50": latency.get("50"), "p99": latency.get("99"),
            "non2xx": int(errors.group(1)) if errors else 0, "socket": sockets.group(1) if sockets else None}


def compare(args):
    body = json.dumps({"answers": ANSWERS, "detail": args.detail}) if args.detail else SCORE_BODY
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(WRK_LUA % body)
    score_script = None if args.score_get else lua.name
    try:
        # Warm both paths up first: the first seconds of a JVM measure the JIT, not the server.
        for path, script in ((args.static_path, None), (args.score_path, score_script)):
            wrk(argparse.Namespace(**{**vars(args), "seconds": args.warmup}), path, script)
        results = {}
        for run in range(args.runs):
            for name, path, script in (("static", args.static_path, None), ("score", args.score_path, score_script)):
                results.setdefault(name, []).append(wrk(args, path, script))
    finally:
        os.unlink(lua.name)
    failed = False
    for name in ("static", "score"):
        rows = results[name]
        label = ("GET " + args.static_path) if name == "static" else \
            (("GET " if args.score_get else "POST ") + args.score_path)
        print(f"{name:7} {label:26}"
              f" {statistics.median(r['rate'] for r in rows):9.0f} req/s"
              f" (runs: {', '.join('%.0f' % r['rate'] for r in rows)})"
              f"  p50 {statistics.median(r['p50'] for r in rows):6.2f} ms"
              f"  p99 {statistics.median(r['p99'] for r in rows):6.2f} ms")
        for r in rows:
            if r["non2xx"] or r["socket"]:
                failed = True
                print(f"  {name}: {r['non2xx']} non-2xx answers, socket errors: {r['socket']}")
    ratios = [s["rate"] / t["rate"] for s, t in zip(results["score"], results["static"])]
    ratio = statistics.median(ratios)
    print(f"ratio score/static throughput: {ratio:.2f} (runs: {', '.join('%.2f' % r for r in ratios)});"
          f" target >= 0.60: {'met' if ratio >= 0.6 else 'NOT met'}")
    return 1 if failed or ratio < 0.6 else 0


# --- rate and mixed: a fixed arrival rate over keep-alive connections ----------------------------

class Connection:
    """One HTTP/1.1 keep-alive connection speaking just enough of the protocol for these requests."""

    def __init__(self, port, cookie=None, source=None):
        """source: the local address to connect from (127.0.0.2 is another client of the same machine)."""
        self.port, self.cookie, self.source, self.reader, self.writer = port, cookie, source, None, None

    async def request(self, method, path, body=None):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(
                "127.0.0.1", self.port, local_addr=(self.source, 0) if self.source else None)
        data = body.encode() if body is not None else b""
        head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", "Accept: application/json",
                f"Content-Length: {len(data)}"]
        if method != "GET":
            head.append("Content-Type: application/json")
        if self.cookie:
            head.append(f"Cookie: {self.cookie}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("connection closed by the server")
        status = int(status_line.split()[1])
        length, chunked, close = 0, False, False
        while True:
            line = (await self.reader.readline()).decode("latin-1").strip()
            if not line:
                break
            name, _, value = line.partition(":")
            name, value = name.lower(), value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
            elif name == "connection" and value.lower() == "close":
                close = True
        if chunked:
            payload = bytearray()
            while True:
                size = int((await self.reader.readline()).split(b";")[0], 16)
                if size == 0:
                    await self.reader.readline()
                    break
                payload += await self.reader.readexactly(size)
                await self.reader.readline()
            payload = bytes(payload)
        else:
            payload = await self.reader.readexactly(length)
        if close:
            self.writer.close()
            self.writer = None
        return status, payload


def sign_in(port, user, password):
    """The session cookie of a form sign-in (saves need a signed-in caller)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    opener = urllib.request.build_opener(NoRedirect())
    data = urllib.parse.urlencode({"j_username": user, "j_password": password}).encode()
    try:
        opener.open(urllib.request.Request(f"http://127.0.0.1:{port}/j_security_check", data=data))
    except urllib.error.HTTPError as e:
        if e.code != 302:
            sys.exit(f"sign-in failed: {e.code}")
        for header in e.headers.get_all("Set-Cookie") or []:
            if header.startswith("advisor-session="):
                return header.split(";")[0]
    sys.exit("sign-in failed: no session cookie (wrong --user/--password?)")


async def fixed_rate(args, choose):
    """Sends requests at args.rate per second for args.seconds; choose(rnd) gives (kind, method, path, body, expect)."""
    pool = asyncio.Queue()
    for _ in range(args.connections):
        pool.put_nowait(Connection(args.port, args.cookie))
    latencies, errors, saved = {}, [], []
    rnd = random.Random(1)
    start = time.perf_counter() + 0.2
    total = int(args.rate * args.seconds)
    tasks = []

    async def one(scheduled, kind, method, path, body, expect):
        connection = await pool.get()
        try:
            status, payload = await connection.request(method, path, body)
            if status != expect:
                errors.append(f"{kind}: {method} {path} {status} {payload[:160]!r}")
            elif kind == "save":
                saved.append(json.loads(payload)["id"])
            latencies.setdefault(kind, []).append((time.perf_counter() - scheduled) * 1000)
        except Exception as e:  # noqa: BLE001 - every failure is counted
            errors.append(f"{kind}: {e!r}")
            connection.writer = None
        finally:
            pool.put_nowait(connection)

    for i in range(total):
        scheduled = start + i / args.rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(scheduled, *choose(rnd, saved))))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    return latencies, errors, elapsed


def report(latencies, errors, elapsed, target_ms, args):
    every = sorted(v for values in latencies.values() for v in values)
    print(f"{len(every)} requests answered in {elapsed:.1f} s ({len(every) / elapsed:.0f}/s, asked {args.rate:g}/s),"
          f" {len(errors)} failed")
    for kind, values in sorted(latencies.items()):
        values.sort()
        print(f"  {kind:6} n={len(values):6}  p50 {percentile(values, 0.5):7.2f} ms  p99 {percentile(values, 0.99):7.2f} ms"
              f"  max {values[-1]:8.2f} ms")
    p99 = percentile(every, 0.99)
    print(f"  all    p50 {percentile(every, 0.5):.2f} ms  p99 {p99:.2f} ms; target p99 < {target_ms} ms: "
          f"{'met' if p99 < target_ms else 'NOT met'}")
    for e in errors[:10]:
        print("  error:", e)
    return 1 if errors or not p99 < target_ms else 0


def rate(args):
    args.cookie = None
    body = json.dumps({"answers": ANSWERS, "detail": args.detail}) if args.detail else SCORE_BODY
    choose = lambda rnd, saved: ("score", "POST", args.score_path, body, 200)  # noqa: E731
    warm = argparse.Namespace(**{**vars(args), "seconds": args.warmup})
    asyncio.run(fixed_rate(warm, choose))
    cpu = cpu_seconds(args.pid) if args.pid else None
    result = report(*asyncio.run(fixed_rate(args, choose)), 20, args)
    if cpu is not None:
        # Server CPU per request: a figure that other work on the machine disturbs far less than latency.
        print(f"  server CPU per request: {(cpu_seconds(args.pid) - cpu) * 1000 / (args.rate * args.seconds):.2f} ms")
    return result


def mixed(args):
    args.cookie = sign_in(args.port, args.user, args.password)
    save_body = json.dumps({"title": "Load test", "answers": ANSWERS})

    def choose(rnd, saved):
        roll = rnd.random()
        if roll < 0.2 or (roll < 0.4 and not saved):
            return "save", "POST", "/api/v1/assessments", save_body, 201
        if roll < 0.4:
            return "read", "GET", f"/api/v1/assessments/{rnd.choice(saved)}", None, 200
        body = json.dumps({"answers": dict(ANSWERS, **{"timeline.go_live_months": rnd.randint(1, 24)})})
        return "score", "POST", "/api/v1/score", body, 200

    warm = argparse.Namespace(**{**vars(args), "seconds": args.warmup})
    asyncio.run(fixed_rate(warm, choose))
    cpu = cpu_seconds(args.pid) if args.pid else None
    result = report(*asyncio.run(fixed_rate(args, choose)), 100, args)
    if cpu is not None:
        print(f"  server CPU per request: {(cpu_seconds(args.pid) - cpu) * 1000 / (args.rate * args.seconds):.2f} ms")
    return result


async def closed_loop(args, kind, method, path, body, expect):
    """Each connection sends its next request as soon as the last is answered, for args.seconds."""
    latencies, errors = {kind: []}, []
    deadline = time.perf_counter() + args.seconds

    async def loop():
        connection = Connection(args.port, args.cookie)
        while time.perf_counter() < deadline:
            sent = time.perf_counter()
            try:
                status, payload = await connection.request(method, path, body)
                if status != expect:
                    errors.append(f"{kind}: {method} {path} {status} {payload[:160]!r}")
                latencies[kind].append((time.perf_counter() - sent) * 1000)
            except Exception as e:  # noqa: BLE001 - every failure is counted
                errors.append(f"{kind}: {e!r}")
                connection.writer = None

    start = time.perf_counter()
    await asyncio.gather(*(loop() for _ in range(args.connections)))
    return latencies, errors, time.perf_counter() - start


def saves(args):
    args.cookie = sign_in(args.port, args.user, args.password)
    body = json.dumps({"title": "Load test", "answers": ANSWERS})
    warm = argparse.Namespace(**{**vars(args), "seconds": args.warmup})
    asyncio.run(closed_loop(warm, "save", "POST", "/api/v1/assessments", body, 201))
    latencies, errors, elapsed = asyncio.run(closed_loop(args, "save", "POST", "/api/v1/assessments", body, 201))
    values = sorted(latencies["save"])
    print(f"{len(values)} saves in {elapsed:.1f} s: {len(values) / elapsed:.0f} saves/s with {args.connections}"
          f" connections, p50 {percentile(values, 0.5):.1f} ms, p99 {percentile(values, 0.99):.1f} ms,"
          f" {len(errors)} failed")
    for e in errors[:10]:
        print("  error:", e)
    return 1 if errors else 0


# --- memory and start-up -------------------------------------------------------------------------

def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory(args):
    if not args.pid:
        sys.exit("memory needs --pid (the server's process id)")
    before = rss_mib(args.pid)
    args.cookie, args.rate, args.seconds = None, args.rate or 400, args.count / (args.rate or 400)
    choose = lambda rnd, saved: ("score", "POST", args.score_path, SCORE_BODY, 200)  # noqa: E731
    latencies, errors, elapsed = asyncio.run(fixed_rate(args, choose))
    after = rss_mib(args.pid)
    print(f"{sum(map(len, latencies.values()))} scorings in {elapsed:.1f} s, {len(errors)} failed;"
          f" RSS {before:.0f} MiB before, {after:.0f} MiB after; target < 250 MiB: {'met' if after < 250 else 'NOT met'}")
    return 1 if errors or after >= 250 else 0


def cpu_seconds(pid):
    """User plus system CPU time of a process so far: less disturbed than wall time by other work on the machine."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def startup(args):
    times, cpu = [], []
    # Started from the jar's own directory and named as the package build names it: a class-data
    # sharing archive made by that build (app-cds.jsa) is ignored, silently, by a JVM started elsewhere.
    # The database stays in --workdir.
    jar = os.path.abspath(args.jar)
    database = os.path.join(os.path.abspath(args.workdir), "data", "advisor")
    # The heap the README gives unless the caller gives one (the JVM's default grows to a quarter of the machine).
    heap = [] if any(o.startswith("-Xmx") for o in args.java_opt) else ["-Xmx96m"]
    java = ["java"] + heap + args.java_opt + [f"-Dquarkus.http.port={args.port}",
                                       f"-Dquarkus.management.port={args.port + 1000}",
                                       f"-Dquarkus.datasource.jdbc.url=jdbc:h2:file:{database};DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                                       "-jar", os.path.basename(jar)]
    env = dict(os.environ, ADVISOR_ADMIN_PASSWORD=os.environ.get("ADVISOR_ADMIN_PASSWORD", "load-admin-password"))
    for run in range(args.runs):
        started = time.perf_counter()
        process = subprocess.Popen(java, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   cwd=os.path.dirname(jar))
        try:
            while True:
                if process.poll() is not None:
                    sys.exit(f"the server stopped with status {process.returncode}")
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{args.port}{args.static_path}", timeout=1) as r:
                        if r.status == 200:
                            break
                except OSError:
                    time.sleep(0.01)
            times.append(time.perf_counter() - started)
            cpu.append(cpu_seconds(process.pid))
            rss = rss_mib(process.pid)
            print(f"run {run + 1}: first 200 after {times[-1]:.2f} s, {cpu[-1]:.2f} s of CPU (RSS then {rss:.0f} MiB)")
        finally:
            process.terminate()
            process.wait(timeout=60)
    median = statistics.median(times)
    print(f"CPU time to the first 200: median {statistics.median(cpu):.2f} s (min {min(cpu):.2f}, max {max(cpu):.2f})")
    print(f"median {median:.2f} s (min {min(times):.2f}, max {max(times):.2f}); target < 1.5 s:"
          f" {'met' if median < 1.5 else 'NOT met'}")
    return 0 if median < 1.5 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["compare", "rate", "mixed", "saves", "startup", "memory"])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--seconds", type=float, default=8, help="length of each measurement")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of warm-up before measuring")
    parser.add_argument("--threads", type=int, default=2, help="compare: wrk threads")
    parser.add_argument("--connections", type=int, default=32, help="open connections")
    parser.add_argument("--runs", type=int, default=3, help="compare, startup: how many runs (medians reported)")
    parser.add_argument("--gzip", action="store_true", help="compare: send Accept-Encoding: gzip")
    parser.add_argument("--rate", type=float, default=None, help="rate, mixed, memory: requests a second")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="load-admin-password")
    parser.add_argument("--pid", type=int, help="memory, rate: the server's process id (RSS, CPU per request)")
    parser.add_argument("--detail", choices=["full", "summary"], help="compare, rate: the score request's detail")
    parser.add_argument("--count", type=int, default=10000, help="memory: how many scorings")
    parser.add_argument("--jar", default="target/quarkus-app/quarkus-run.jar", help="startup: the jar to start")
    parser.add_argument("--workdir", default=".", help="startup: where the jar runs (its ./data database)")
    parser.add_argument("--static-path", "--path", default=STATIC_PATH,
                        help="compare: the static document; startup: what must answer 200 (default %(default)s)")
    parser.add_argument("--score-path", default="/api/v1/score",
                        help="compare, rate, memory: the measured POST (default %(default)s)")
    parser.add_argument("--score-get", action="store_true", help="compare: GET --score-path instead of POSTing to it")
    parser.add_argument("--java-opt", action="append", default=[], help="startup: a JVM option (repeatable)")
    args = parser.parse_args()
    if args.rate is None and args.mode in ("rate", "mixed"):
        args.rate = 500 if args.mode == "rate" else 200
    sys.exit({"compare": compare, "rate": rate, "mixed": mixed, "saves": saves, "startup": startup,
              "memory": memory}[args.mode](args))


if __name__ == "__main__":
    main()
