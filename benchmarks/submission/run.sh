#!/usr/bin/env bash
# Online application through the service layer (issue C): N idempotent submissions of ZJJ-001, N repeats with the
# same keys, and N uploads of a 1 MB PDF material, on the managed WildFly with PostgreSQL; prints the time per
# call. Usage, from the project root:
#   benchmarks/submission/run.sh [applications, default 500]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p benchmarks/target
./mvnw -B verify -Dit.test=SubmissionBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dtongban.test.jvm="-Xms512m -Xmx1g -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Dtongban.bench.applications=${1:-500}" \
  > benchmarks/target/submission.log
sed -n '/Online application, /,/upload a 1 MB/p' benchmarks/target/submission.log
