#!/usr/bin/env bash
# Rebuilds the dev-mode stand-in jars in .mvn/local-repo (see docs/build.md). Run from the
# project root after ./mvnw has downloaded Quarkus once (it compiles against qute-core).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=.mvn/local-repo
qute_core=$(ls ~/.m2/repository/io/quarkus/qute/qute-core/3.30.8/qute-core-3.30.8.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/empty/META-INF" "$work/qute"
printf 'Empty stand-in: see docs/build.md of Procurement Risk Advisor.\n' > "$work/empty/META-INF/README.txt"
jar --create --file "$repo/io/quarkus/quarkus-devui/3.30.8/quarkus-devui-3.30.8.jar" --no-manifest \
    -C "$work/empty" META-INF/README.txt

javac --release 17 -cp "$qute_core" -d "$work/qute" \
    dev-support/qute-debug-stand-in/io/quarkus/qute/debug/adapter/RegisterDebugServerAdapter.java
mkdir -p "$work/qute/META-INF" && cp "$work/empty/META-INF/README.txt" "$work/qute/META-INF/"
jar --create --file "$repo/io/quarkus/qute/qute-debug/3.30.8/qute-debug-3.30.8.jar" --no-manifest -C "$work/qute" .
echo "stand-ins rebuilt in $repo"
