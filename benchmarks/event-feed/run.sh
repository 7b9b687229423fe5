#!/usr/bin/env bash
# The partners' event feed (issue E): writers on several threads submit, accept and answer the 前置 branch of N
# parallel applications (ZJJ-003), each step writing its feed events in its own transaction; then 住建局's partner
# reads the whole feed page by page (numbering it), reads it again and polls its end. On the managed WildFly with
# PostgreSQL. Usage, from the project root:
#   benchmarks/event-feed/run.sh [applications, default 500]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p benchmarks/target
./mvnw -B verify -Dit.test=EventFeedBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dtongban.test.jvm="-Xms512m -Xmx1g -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Dtongban.bench.applications=${1:-500}" \
  > benchmarks/target/event-feed.log
sed -n '/Event feed:/,/polling the end/p' benchmarks/target/event-feed.log
