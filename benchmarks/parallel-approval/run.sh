#!/usr/bin/env bash
# Parallel approval through the service layer (issue C): drives N applications of ZJJ-003 (a 前置 branch, two
# more branches in two departments, a review stage, the decision) from submission to decision on the managed
# WildFly with PostgreSQL, and prints the time per step. Usage, from the project root:
#   benchmarks/parallel-approval/run.sh [applications, default 1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p benchmarks/target
./mvnw -B verify -Dit.test=ParallelApprovalBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dtongban.test.jvm="-Xms512m -Xmx1g -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Dtongban.bench.applications=${1:-1000}" \
  > benchmarks/target/parallel-approval.log
sed -n '/Parallel approval of/,/submission to decision/p' benchmarks/target/parallel-approval.log
