-- Partner systems' certificates (第二十条: 身份认证). A partner system signs in with a client certificate issued to
-- its PARTNER account; a revoked certificate is refused from the next request on, because the server's
-- certificate realm reads this table on every sign-in (wildfly-config configure-identity.cli).
CREATE TABLE partner_certificate_revocation (
    account_id BIGINT       PRIMARY KEY REFERENCES account (id),
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by BIGINT       REFERENCES account (id),
    reason     VARCHAR(500) NOT NULL
);
CREATE INDEX partner_certificate_revocation_by_idx ON partner_certificate_revocation (revoked_by);
