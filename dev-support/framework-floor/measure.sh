#!/usr/bin/env bash
# Measures one packaged Quarkus application (the framework floor or the application itself) the way
# docs/benchmarks.md measures the application: the JVM settings of deploy/Dockerfile.jvm, wrk -t2 -c32
# -d8s through dev-support/load.py, start-up to the first 200 on an existing database, RSS from /proc.
#
#   dev-support/framework-floor/measure.sh floor dev-support/framework-floor/target/quarkus-app /tmp/floor-data 8131
#   dev-support/framework-floor/measure.sh app   target/quarkus-app                            /tmp/app-data   8133
#
# Run it from the repository root. The application directory is entered before `java -jar
# quarkus-run.jar`: the AppCDS archive records the class path relative to where it was made, and a
# JVM started elsewhere ignores the archive (with a warning on its standard error).
# STEPS (default "startup memory compare") picks what to run; RUNS the number of start-ups (default 5).
set -euo pipefail
kind=$1 dir=$(cd "$2" && pwd) data=$3 port=$4
load="$(pwd)/dev-support/load.py"
steps=${STEPS:-startup memory compare}
mkdir -p "$data"
export MALLOC_ARENA_MAX=2 ADVISOR_ADMIN_PASSWORD=x ADVISOR_RATE_LIMIT_ENABLED=false
opts=(-XX:+UseSerialGC -Xmx96m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m
      -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000)
cds=(-XX:SharedArchiveFile=app-cds.jsa)
if [ "$kind" = floor ]; then
  url="jdbc:h2:file:$data/floor;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" static=/floor/static
else
  url="jdbc:h2:file:$data/advisor;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" static=/api/v1/scenarios
fi
opts+=("-Dquarkus.datasource.jdbc.url=$url")
stamp() { echo "== $(date -u +%H:%M:%S) $kind: $* | $(uptime | sed 's/.*load average/load average/')"; }

if [[ " $steps " == *" startup "* ]]; then
  for archive in with without; do
    stamp "start-up, $archive AppCDS"
    extra=(); [ $archive = with ] && extra=("${cds[@]}")
    args=(); for o in "${opts[@]}" "${extra[@]}"; do args+=("--java-opt=$o"); done
    python3 "$load" startup --jar quarkus-run.jar --workdir "$dir" --path $static --runs "${RUNS:-5}" --port "$port" "${args[@]}" || true
  done
fi

if [[ " $steps " == *" memory "* || " $steps " == *" compare "* ]]; then
  stamp "server start (fresh JVM, existing database)"
  (cd "$dir" && exec java "${opts[@]}" "${cds[@]}" -Dquarkus.http.port=$port -Dquarkus.management.port=$((port + 1000)) \
      -jar quarkus-run.jar > "/tmp/measure-$kind-$port.log" 2>&1) &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  until curl -sf -o /dev/null "http://127.0.0.1:$port$static"; do sleep 0.05; done
  sleep 1
  echo "RSS at ready: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
  if [[ " $steps " == *" memory "* ]]; then
    stamp "10 000 POSTs at 300/s"
    if [ "$kind" = floor ]; then sp=${FLOOR_SCORE:-/floor/score}; else sp=/api/v1/score; fi
    python3 "$load" memory --port "$port" --pid $pid --count 10000 --rate 300 --score-path $sp || true
    sleep 12
    echo "RSS 12 s later: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
  fi
  if [[ " $steps " == *" compare "* ]]; then
    if [ "$kind" = floor ]; then
      for target in "--score-path /floor/score" "--score-path /floor/score-summary" "--score-path /floor/score-full" "--score-path /floor/summary --score-get" "--score-path /floor/full --score-get"; do
        stamp "compare $target"
        python3 "$load" compare --port "$port" --runs 3 --static-path $static $target || true
      done
    else
      for detail in "" "--detail summary"; do
        stamp "compare $detail"
        python3 "$load" compare --port "$port" --runs 3 $detail || true
      done
    fi
    echo "RSS at the end: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
  fi
  kill $pid; wait $pid 2>/dev/null || true
fi
stamp done
