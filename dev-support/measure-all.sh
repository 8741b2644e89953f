#!/usr/bin/env bash
# Every figure of docs/benchmarks.md's summary table in one run, against the packaged jar, with the
# JVM options the JVM image gives (read from deploy/Dockerfile.jvm, plus what its run-java.sh adds):
#
#   ./mvnw package -DskipTests && dev-support/measure-all.sh [port] > target/measure-all.log
#
# Start-up (existing database, with and without the build's class-data sharing archive), memory after
# 10 000 scorings on a fresh server, wrk score vs static (full and summary), 500 scorings/s (full and
# summary), the mixed load at 100/s for 5 minutes, and the results and compare pages. About 17 minutes; it only
# talks to 127.0.0.1 and stops its servers. Needs python3, wrk and a JDK 17 with jcmd.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8150}
APP=target/quarkus-app
WORK=$(mktemp -d)
trap 'kill "${SERVER:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# The JVM options of the image: GC_CONTAINER_OPTIONS, the heap ratios run-java.sh always adds,
# GC_MAX_METASPACE_SIZE and JAVA_OPTS_APPEND (its archive is the build's, beside the jar).
read -r -a JVM <<<"$(python3 - <<'EOF'
import re
f = open("deploy/Dockerfile.jvm").read().replace("\\\n", " ")
def env(name, default=""):
    m = re.search(r'\b%s=(?:"([^"]*)"|(\S+))' % name, f)
    return (m.group(1) or m.group(2)) if m else default
opts = [env("GC_CONTAINER_OPTIONS", "-XX:+UseParallelGC"), "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20"]
if env("GC_MAX_METASPACE_SIZE"):
    opts.append("-XX:MaxMetaspaceSize=%sm" % env("GC_MAX_METASPACE_SIZE"))
append = [o for o in env("JAVA_OPTS_APPEND").split() if not o.startswith("-Dquarkus.http.host")]
opts += ["-XX:SharedArchiveFile=app-cds.jsa" if o.startswith("-XX:SharedArchiveFile") else o for o in append]
print(" ".join(opts))
EOF
)"
export ADVISOR_ADMIN_PASSWORD=measure-admin-password ADVISOR_RATE_LIMIT_ENABLED=false MALLOC_ARENA_MAX=2
say() { echo; echo "== $* ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"; }
say "JVM options: ${JVM[*]}"

start() {  # a server on a database in $WORK/$1, started from the jar's directory (for the archive)
  (cd "$APP" && exec java "${JVM[@]}" -Dquarkus.http.port="$PORT" -Dquarkus.management.port=$((PORT + 1000)) \
     "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$WORK/$1/data/advisor;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
     -jar quarkus-run.jar >"$WORK/$1.log" 2>&1) &
  SERVER=$!
  for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/scenarios" && return; sleep 0.2; done
  echo "the server did not start: $WORK/$1.log"; exit 1
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=; }

say "memory: 10 000 scorings at 300/s on a fresh server"
start fresh
python3 dev-support/load.py memory --port "$PORT" --pid "$SERVER" --count 10000 --rate 300 || true
sleep 12; echo "RSS 12 s later: $(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$SERVER/status) MiB"

say "score vs static, full"
python3 dev-support/load.py compare --port "$PORT" --runs 3 || true
say "score vs static, summary"
python3 dev-support/load.py compare --port "$PORT" --runs 3 --detail summary || true
say "500 scorings/s, full"
python3 dev-support/load.py rate --port "$PORT" --rate 500 --seconds 20 --pid "$SERVER" || true
say "500 scorings/s, summary"
python3 dev-support/load.py rate --port "$PORT" --rate 500 --seconds 20 --pid "$SERVER" --detail summary || true
say "mixed load, 100/s for 5 minutes"
python3 dev-support/load.py mixed --port "$PORT" --rate 100 --seconds 300 --pid "$SERVER" --password "$ADVISOR_ADMIN_PASSWORD" || true
say "results and compare pages"
python3 dev-support/page-timing.py --port "$PORT" --password "$ADVISOR_ADMIN_PASSWORD" --pid "$SERVER"
stop

say "start-up on the existing database, the image's options (archive included)"
cp -r "$WORK/fresh" "$WORK/existing"
STARTUP=(--jar "$APP/quarkus-run.jar" --workdir "$WORK/existing" --port "$PORT")
python3 dev-support/load.py startup "${STARTUP[@]}" --runs 5 "${JVM[@]/#/--java-opt=}" || true
say "start-up, the same without the archive"
python3 dev-support/load.py startup "${STARTUP[@]}" --runs 3 \
  $(printf -- '--java-opt=%s ' "${JVM[@]}" | sed 's/--java-opt=-XX:SharedArchiveFile=[^ ]*//') || true
