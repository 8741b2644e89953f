#!/bin/bash
# Sixteen imports of one 16 MiB export at once against the packaged jar, with the server's RSS
# sampled every 0.2 s: shows what advisor.api.concurrent-imports bounds (docs/benchmarks.md).
# Usage: dev-support/import-burst.sh CONCURRENT_IMPORTS [PORT]   (after ./mvnw package -DskipTests)
# The heap is the README's 96 MiB; HEAP=4g (say) measures with a larger one.
# Loopback only; stops the server it started.
set -euo pipefail
C=${1:?concurrent imports}; P=${2:-8131}; M=$((P + 1000))
JAR=$(cd "$(dirname "$0")/.." && pwd)/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d); cd "$WORK"
ADVISOR_ADMIN_PASSWORD=burst-admin-password ADVISOR_RATE_LIMIT_ENABLED=false ADVISOR_API_CONCURRENT_IMPORTS=$C \
  java -Xmx"${HEAP:-96m}" -Dquarkus.http.port=$P -Dquarkus.management.port=$M -jar "$JAR" > app.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "localhost:$P/api/v1/scenarios" && break; sleep 0.5; done
curl -s -c jar -o /dev/null -d j_username=admin -d j_password=burst-admin-password "localhost:$P/j_security_check"
# One assessment with as many revisions as fit the 16 MiB import limit, exported.
python3 - "$P" <<'PY'
import json, sys, urllib.request
port = sys.argv[1]
cookie = [l.split('\t') for l in open('jar') if 'advisor-session' in l][0][6].strip()
def call(method, path, body=None):
    request = urllib.request.Request(f"http://localhost:{port}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Cookie": "advisor-session=" + cookie})
    return urllib.request.urlopen(request).read()
answers = {"estate.clouds": ["azure", "aws"], "estate.primary_cloud": "azure",
           "estate.azure_commitment": "committed_spend", "estate.aws_commitment": "pay_as_you_go",
           "multicloud.maturity": "some", "products.intended": ["stateless_api", "frontier_agents"],
           "workload.criticality": "customer_facing", "data.residency": "eu", "data.regulated": ["financial"],
           "legal.risk_appetite": "low", "timeline.go_live_months": 6}
saved = json.loads(call("POST", "/api/v1/assessments", {"title": "Burst", "answers": answers}))
for i in range(50):
    version = json.loads(call("GET", "/api/v1/assessments/" + saved["id"]))["version"]
    answers["timeline.go_live_months"] = 3 + i % 20
    call("PUT", "/api/v1/assessments/" + saved["id"], {"version": version, "answers": answers, "note": f"rev {i}"})
export = json.loads(call("GET", "/api/v1/assessments/" + saved["id"] + "/export"))
while len(json.dumps(export).encode()) > 16 * 1024 * 1024 - 1000:
    export["revisions"].pop()
open("export.json", "w").write(json.dumps(export))
print(f"export: {len(export['revisions'])} revisions, {len(json.dumps(export).encode())} bytes")
PY
rss() { awk '/VmRSS/{print int($2/1024)}' /proc/$PID/status; }
echo "RSS before the imports: $(rss) MiB"
echo 0 > peak
( while kill -0 $PID 2>/dev/null; do r=$(rss); [ "$r" -gt "$(cat peak)" ] && echo "$r" > peak; sleep 0.2; done ) &
SAMPLER=$!
CURLS=""
for i in $(seq 1 16); do
  curl -s -b jar -o /dev/null -w "%{http_code} %{time_total}\n" -H "Content-Type: application/json" \
    --data-binary @export.json "localhost:$P/api/v1/assessments/imports" > "status.$i" &
  CURLS="$CURLS $!"
done
wait $CURLS
kill $SAMPLER 2>/dev/null || true
echo "statuses: $(cut -d' ' -f1 status.* | sort | uniq -c | tr '\n' ' ')"
echo "slowest answer: $(cut -d' ' -f2 status.* | sort -n | tail -1) s"
echo "RSS peak during the imports: $(cat peak) MiB; after: $(rss) MiB"
