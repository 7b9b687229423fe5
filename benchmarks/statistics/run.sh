#!/usr/bin/env bash
# Statistics (第二十七条) over a year of history: writes N completed applications (default 100000) spread over the
# last twelve months straight into the test database, then times the report of the year (every department, one
# department, one matter) and of this month through the service layer. Usage, from the project root:
#   benchmarks/statistics/run.sh [applications, default 100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p benchmarks/target
./mvnw -B verify -Dit.test=StatisticsBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dtongban.test.jvm="-Xms512m -Xmx1g -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Dtongban.bench.applications=${1:-100000}" \
  > benchmarks/target/statistics.log
sed -n '/Statistics over/,/this month, every department/p' benchmarks/target/statistics.log
