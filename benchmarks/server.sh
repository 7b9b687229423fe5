#!/usr/bin/env bash
# Starts the built EAR on the provisioned WildFly against a fresh PostgreSQL database, for a benchmark.
# Usage: server.sh start DBNAME | server.sh stop. Run from the project root after ./mvnw -DskipTests verify.
# TONGBAN_SERVER_OPTS adds system properties of the server (e.g. -Dtongban.partner.rate-limit.requests=N).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base="$root/benchmarks/target/server"
home="$root/wildfly-config/target/wildfly"

case "${1:-}" in
  start)
    db="$2"
    psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -v db="$db" -v owner=tongban -v password=tongban \
      -f "$root/ear/src/test/sql/recreate-database.sql"
    rm -rf "$base" && mkdir -p "$base"
    cp -r "$home/standalone/configuration" "$base/configuration"
    mkdir -p "$base/deployments" && cp "$root/ear/target/tongban.ear" "$base/deployments/"
    TONGBAN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/server.pid" \
      JAVA_OPTS="-Xms512m -Xmx1g -Dtongban.demo.enabled=true -Djava.net.preferIPv4Stack=true ${TONGBAN_SERVER_OPTS:-}" \
      nohup "$home/bin/standalone.sh" -c tongban-postgres.xml -Djboss.server.base.dir="$base" > "$base/server.out" 2>&1 &
    for _ in $(seq 1 120); do
      if curl -sf http://localhost:8080/api/v1/matters?size=1 > /dev/null; then echo "server up"; exit 0; fi
      sleep 1
    done
    echo "server did not start; see $base/server.out" >&2; exit 1
    ;;
  stop)
    [ -f "$base/server.pid" ] && kill "$(cat "$base/server.pid")" 2>/dev/null || true
    for _ in $(seq 1 30); do [ -f "$base/server.pid" ] && kill -0 "$(cat "$base/server.pid")" 2>/dev/null || exit 0; sleep 1; done
    ;;
  *) echo "usage: $0 start DBNAME | stop" >&2; exit 2 ;;
esac
