-- Online application (网上申报, 第四条): the materials an applicant uploads, drafts of the online form, idempotent
-- submission, and the identity (resident ID or credit code) of applicant accounts, by which a partner's counter
-- registration finds the applicant.

-- GB 11643 resident identity number or GB 32100 unified social credit code; one account per identity.
-- NULLs do not collide in a unique constraint (PostgreSQL and H2), so accounts without one are fine.
ALTER TABLE account ADD COLUMN identity_number VARCHAR(18);
ALTER TABLE account ADD CONSTRAINT account_identity_number_uk UNIQUE (identity_number);

-- A draft: the online form unfinished, with the materials uploaded so far; gone once submitted or deleted.
CREATE SEQUENCE application_draft_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE application_draft (
    id           BIGINT       PRIMARY KEY,
    applicant_id BIGINT       NOT NULL REFERENCES account (id),
    matter_id    BIGINT       NOT NULL REFERENCES matter (id),
    form_data    VARCHAR(262144) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
-- "my drafts": the applicant's, newest first
CREATE INDEX application_draft_applicant_idx ON application_draft (applicant_id, updated_at);
CREATE INDEX application_draft_matter_idx ON application_draft (matter_id);

-- A file answering one of the matter version's required materials (by its name in the catalogue), attached
-- to a draft or to an application, never both. The bytes are in a table of their own, read only on download,
-- kept in the database so that every node of a cluster serves them.
CREATE SEQUENCE application_material_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE application_material (
    id             BIGINT       PRIMARY KEY,
    application_id BIGINT REFERENCES application (id),
    draft_id       BIGINT REFERENCES application_draft (id),
    material_name  VARCHAR(300) NOT NULL,
    file_name      VARCHAR(120) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256         VARCHAR(64)  NOT NULL CHECK (LENGTH(sha256) = 64),
    uploaded_by_id BIGINT       NOT NULL REFERENCES account (id),
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT application_material_owner_ck CHECK ((application_id IS NULL) <> (draft_id IS NULL))
);
CREATE INDEX application_material_application_idx ON application_material (application_id, uploaded_at);
CREATE INDEX application_material_draft_idx ON application_material (draft_id);
CREATE INDEX application_material_uploaded_by_idx ON application_material (uploaded_by_id);

CREATE TABLE application_material_content (
    material_id BIGINT PRIMARY KEY REFERENCES application_material (id) ON DELETE CASCADE,
    content     BYTEA  NOT NULL
);

-- Idempotent submission: one row per (caller, Idempotency-Key). The unique constraint makes two concurrent
-- posts with one key create one application. Only the key's SHA-256 is kept; the first answer (with the query
-- code, shown once) is kept encrypted with a key derived from the Idempotency-Key itself, so the database alone
-- cannot reveal the query code.
CREATE SEQUENCE submission_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE submission_key (
    id             BIGINT      PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES account (id),
    key_hash       VARCHAR(64) NOT NULL,
    request_hash   VARCHAR(64) NOT NULL,
    application_id BIGINT REFERENCES application (id),
    sealed_answer  VARCHAR(4000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_key_uk UNIQUE (account_id, key_hash)
);
CREATE INDEX submission_key_application_idx ON submission_key (application_id);
CREATE INDEX submission_key_created_idx ON submission_key (created_at);
