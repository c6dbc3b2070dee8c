#!/usr/bin/env bash
# Speed and memory of the extraction engine (issue #5 targets: 200 articles of 5 KB per second
# per core, a 2 MB article in under 2 s, flat memory over 10,000 articles).
#
#   src/bench/extraction.sh
#
# Runs on one thread with a 256 MB heap and prints wall and CPU time; needs only a JDK (and the
# network for Maven, once).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -B compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx256m -XX:ActiveProcessorCount=1 -cp "target/classes:$(cat target/bench-classpath.txt)" \
  src/bench/ExtractionBenchmark.java
