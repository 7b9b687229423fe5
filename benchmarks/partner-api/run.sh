#!/usr/bin/env bash
# The partner API under load (issue E): builds the EAR, starts it on a fresh PostgreSQL database (tongban_bench)
# and measures, over HTTPS on 8443, sustained submissions per second through POST /api/v1/applications and the
# latency of the public status lookup under many concurrent clients. Usage, from the project root:
#   benchmarks/partner-api/run.sh [submitters, default 16] [lookup clients, default 200] [seconds, default 30]
#                                 [sign-in for submitting, default basic:zhangsan; cert:partner for a certificate]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
submitters="${1:-16}"
lookers="${2:-200}"
seconds="${3:-30}"
signin="${4:-basic:zhangsan}"

./mvnw -q -B -DskipTests verify
mkdir -p benchmarks/target
body=benchmarks/target/partner-api-body.json
cat > "$body" <<'JSON'
{"matterCode": "ZJJ-001", "form": {"projectName": "东莞市南城区示范学校教学楼工程 ${uuid}", "projectCode": "2026-441900-47-01-000123",
 "builderName": "东莞市示范教育投资有限公司", "builderUscc": "91350100M000100Y43", "constructorName": "广东示范建设集团有限公司",
 "constructorUscc": "91350100M000100Y43", "projectAddress": "东莞市南城街道鸿福路 100 号", "townStreet": "南城街道",
 "floorArea": "12500.5", "contractPrice": "38000000", "plannedStartDate": "2027-01-10", "plannedEndDate": "2028-06-30",
 "contactPhone": "13800138000"}}
JSON
trap 'benchmarks/server.sh stop' EXIT
# Partners may sign in with a password here, and the rate limit stays out of the way of the measurement.
TONGBAN_SERVER_OPTS="-Dtongban.partner.basic-enabled=true -Dtongban.partner.rate-limit.requests=100000000" \
  benchmarks/server.sh start tongban_bench
java benchmarks/partner-api/PartnerApiBenchmark.java https://localhost:8443 \
  wildfly-config/target/wildfly/standalone/configuration/tls "$signin" "$body" "$submitters" "$lookers" "$seconds" \
  | tee benchmarks/target/partner-api.txt
