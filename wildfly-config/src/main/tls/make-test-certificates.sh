#!/usr/bin/env bash
# Makes the development and test key material with the JDK's keytool, every build, under target/ (never
# committed): a test CA, the server's certificate for localhost signed by it, a client certificate per demo
# partner system (第二十条: 身份认证 of the departments' systems), the key store of partner certificates the
# server maps to PARTNER accounts, and a certificate from a second, unknown CA for the refusal tests.
# Production installs its own key stores in the same places (see README, "Partner systems").
#
# usage: make-test-certificates.sh <output folder>
set -euo pipefail

OUT=${1:?output folder}
PW=tongban-dev
DAYS=825
# The demo PARTNER accounts (seed/demo-accounts.json) that get a certificate; partner.old's is revoked.
PARTNERS="partner swuj.partner partner.old"

rm -rf "$OUT"
mkdir -p "$OUT"
cd "$OUT"

# keytool, quiet unless it fails.
kt() {
    local out
    if ! out=$(keytool -storetype PKCS12 -storepass "$PW" -keypass "$PW" "$@" 2>&1); then
        echo "$out" >&2
        return 1
    fi
}

# issue <ca key store> <ca pem> <key store> <alias> <dname> <extensions...>: a key pair signed by the CA,
# installed with its chain.
issue() {
    local ca=$1 capem=$2 store=$3 alias=$4 dname=$5
    shift 5
    kt -genkeypair -keystore "$store" -alias "$alias" -dname "$dname" -keyalg EC -groupname secp256r1 -validity "$DAYS"
    kt -certreq -keystore "$store" -alias "$alias" -file "$alias.csr"
    kt -gencert -keystore "$ca" -alias ca -infile "$alias.csr" -outfile "$alias.pem" -rfc -validity "$DAYS" "$@"
    cat "$alias.pem" "$capem" > "$alias-chain.pem"
    kt -importcert -noprompt -keystore "$store" -alias "$alias" -file "$alias-chain.pem"
    rm -f "$alias.csr" "$alias-chain.pem"
}

# The test CA and the trust store holding only it: the server accepts client certificates it issued.
kt -genkeypair -keystore ca.p12 -alias ca -dname "CN=Tongban Test CA, O=Tongban (test only), C=CN" \
    -keyalg EC -groupname secp256r1 -validity 3650 -ext bc:c -ext ku:c=keyCertSign,cRLSign
kt -exportcert -rfc -keystore ca.p12 -alias ca -file ca.pem
kt -importcert -noprompt -keystore truststore.p12 -alias tongban-test-ca -file ca.pem

# The server: localhost and 127.0.0.1.
issue ca.p12 ca.pem server.p12 server "CN=localhost, O=Tongban (test only), C=CN" \
    -ext san=dns:localhost,ip:127.0.0.1 -ext eku=serverAuth -ext ku=digitalSignature

# The partners: CN is the account's username. partners.p12 holds their certificates (no keys) by username;
# the server's key-store-realm compares a presented certificate with the one registered there.
for name in $PARTNERS; do
    issue ca.p12 ca.pem "$name.p12" "$name" "CN=$name, OU=Partner systems, O=Tongban (test only), C=CN" \
        -ext eku=clientAuth -ext ku=digitalSignature
    kt -importcert -noprompt -keystore partners.p12 -alias "$name" -file "$name.pem"
done

# An unknown CA, and a certificate it issued that claims to be "partner": the server must refuse it.
kt -genkeypair -keystore unknown-ca.p12 -alias ca -dname "CN=Unknown CA, O=Somebody else, C=CN" \
    -keyalg EC -groupname secp256r1 -validity 3650 -ext bc:c -ext ku:c=keyCertSign,cRLSign
kt -exportcert -rfc -keystore unknown-ca.p12 -alias ca -file unknown-ca.pem
issue unknown-ca.p12 unknown-ca.pem stranger.p12 stranger "CN=partner, OU=Partner systems, O=Somebody else, C=CN" \
    -ext eku=clientAuth -ext ku=digitalSignature

echo "Test certificates in $OUT: CA, server, partners ($PARTNERS), stranger (unknown CA)"
