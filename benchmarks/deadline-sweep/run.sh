#!/usr/bin/env bash
# The deadline sweep (issue D) on a database of 1,000,000 open applications with their open tasks: an idle sweep
# (nothing due) and a sweep that fires 10,000 yellow warnings with their inbox messages, with PostgreSQL's plans.
# Runs in the managed WildFly against the test database, which the build recreates. Usage, from the project root:
#   benchmarks/deadline-sweep/run.sh [open applications, default 1000000] [warnings, default 10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p benchmarks/target
./mvnw -B verify -Dit.test=DeadlineSweepBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dtongban.test.jvm="-Xms512m -Xmx1g -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Dtongban.bench.open=${1:-1000000} -Dtongban.bench.firing=${2:-10000}" \
  > benchmarks/target/deadline-sweep.log
sed -n '/Deadline sweep benchmark/,/Idle sweep right after/p' benchmarks/target/deadline-sweep.log
