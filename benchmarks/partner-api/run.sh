#!/usr/bin/env bash
# The partner API under load (issue E): builds the EAR, starts it on a fresh PostgreSQL database (tongban_bench)
# and measures, over HTTPS on 8443, sustained submissions per second through POST /api/v1/applications and the
# latency of the public status lookup under many concurrent clients. Usage, from the project root:
#   benchmarks/partner-api/run.sh [submitters, default 16] [lookup clients, default 200] [seconds, default 30]
#                                 [sign-in for submitting, default cert:partner (its client certificate); basic:zhangsan]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
submitters="${1:-16}"
lookers="${2:-200}"
seconds="${3:-30}"
signin="${4:-cert:partner}"

./mvnw -q -B -DskipTests verify
mkdir -p benchmarks/target
# An applicant submits in their own name; a partner system registers an application at its counter for an
# applicant it names (cert:partner or basic:partner).
form='{"projectName": "东莞市南城区示范学校教学楼工程 ${uuid}", "projectCode": "2026-441900-47-01-000123",
 "builderName": "东莞市示范教育投资有限公司", "builderUscc": "91350100M000100Y43", "constructorName": "广东示范建设集团有限公司",
 "constructorUscc": "91350100M000100Y43", "projectAddress": "东莞市南城街道鸿福路 100 号", "townStreet": "南城街道",
 "floorArea": "12500.5", "contractPrice": "38000000", "plannedStartDate": "2027-01-10", "plannedEndDate": "2028-06-30",
 "contactPhone": "13800138000"}'
body=benchmarks/target/partner-api-body.json
case "$signin" in
  *partner*) applicant='"applicant": {"type": "PERSON", "name": "张三", "idNumber": "441900199003071238", "phone": "13800138000"}, ' ;;
  *) applicant='' ;;
esac
printf '{"matterCode": "ZJJ-001", %s"form": %s}\n' "$applicant" "$form" > "$body"
trap 'benchmarks/server.sh stop' EXIT
benchmarks/server.sh start tongban_bench
java benchmarks/partner-api/PartnerApiBenchmark.java https://localhost:8443 \
  wildfly-config/target/wildfly/standalone/configuration/tls "$signin" "$body" "$submitters" "$lookers" "$seconds" \
  | tee benchmarks/target/partner-api.txt
