-- Form downloads (表格下载, 第四条): the blank forms and samples of a matter. The bytes are in a table of
-- their own, so that listing a matter's forms never reads them; deleting a form deletes its bytes.
-- BYTEA is PostgreSQL's binary type and H2 takes it as BINARY VARYING, so this runs on both.

CREATE SEQUENCE blank_form_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE blank_form (
    id               BIGINT       PRIMARY KEY,
    matter_id        BIGINT       NOT NULL REFERENCES matter (id),
    file_name        VARCHAR(120) NOT NULL,
    kind             VARCHAR(16)  NOT NULL CHECK (kind IN ('BLANK_FORM', 'SAMPLE')),
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256           VARCHAR(64)  NOT NULL CHECK (LENGTH(sha256) = 64),
    uploaded_by_id   BIGINT REFERENCES account (id),
    uploaded_by_name VARCHAR(200) NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    -- one file per name within a matter; its index also serves the guide's list of a matter's forms
    CONSTRAINT blank_form_name_uk UNIQUE (matter_id, file_name)
);
CREATE INDEX blank_form_uploaded_by_idx ON blank_form (uploaded_by_id);

CREATE TABLE blank_form_content (
    blank_form_id BIGINT PRIMARY KEY REFERENCES blank_form (id) ON DELETE CASCADE,
    content       BYTEA  NOT NULL
);
