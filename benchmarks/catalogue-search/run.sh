#!/usr/bin/env bash
# The catalogue search on 5,000 generated matters (issue B): builds the EAR, starts it on a fresh PostgreSQL
# database (tongban_bench), adds the matters, times searches over HTTP and prints PostgreSQL's plan.
# Usage, from the project root: benchmarks/catalogue-search/run.sh [matters] [requests per query]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
matters="${1:-5000}"
requests="${2:-300}"

./mvnw -q -B -DskipTests verify
cp=$(./mvnw -q -B -pl ear dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
trap 'benchmarks/server.sh stop' EXIT
benchmarks/server.sh start tongban_bench
java -cp "ejb/target/classes:$cp" benchmarks/catalogue-search/CatalogueSearchBenchmark.java \
  jdbc:postgresql://127.0.0.1:5432/tongban_bench http://localhost:8080 "$matters" "$requests"
