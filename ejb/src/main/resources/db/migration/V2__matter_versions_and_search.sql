-- Versions of a matter (第十四条: drafted by the department, confirmed by its leader, filed and published by
-- the service office), the keyword index of the catalogue, and the version each application was made under.

CREATE SEQUENCE matter_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE matter_version (
    id             BIGINT      PRIMARY KEY,
    matter_id      BIGINT      NOT NULL REFERENCES matter (id),
    number         INTEGER     NOT NULL CHECK (number > 0),
    status         VARCHAR(16) NOT NULL
        CHECK (status IN ('DRAFT', 'CONFIRMED', 'FILED', 'PUBLISHED', 'IN_FORCE', 'SUPERSEDED')),
    -- the guide, process and form, as the catalogue file's matter object
    content        VARCHAR(1000000) NOT NULL,
    change_reason  VARCHAR(1000),
    last_comment   VARCHAR(1000),
    drafted_by     BIGINT REFERENCES account (id),
    drafted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by   BIGINT REFERENCES account (id),
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    filed_by       BIGINT REFERENCES account (id),
    filed_at       TIMESTAMP WITH TIME ZONE,
    published_by   BIGINT REFERENCES account (id),
    published_at   TIMESTAMP WITH TIME ZONE,
    effective_from DATE,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT matter_version_number_uk UNIQUE (matter_id, number)
);
-- versions waiting for a step, and published ones whose day has come
CREATE INDEX matter_version_status_idx ON matter_version (status, effective_from);

-- the columns of matter repeat the version in force (NULL while a new matter is still being drafted)
ALTER TABLE matter ADD COLUMN current_version_id BIGINT REFERENCES matter_version (id);
ALTER TABLE matter ADD COLUMN search_text VARCHAR(1000) NOT NULL DEFAULT '';
CREATE INDEX matter_kind_idx ON matter (kind);

-- the keyword index: each character and each pair of neighbouring characters of a matter's name
CREATE TABLE matter_search_term (
    term      VARCHAR(8) NOT NULL,
    matter_id BIGINT     NOT NULL REFERENCES matter (id),
    PRIMARY KEY (term, matter_id)
);
CREATE INDEX matter_search_term_matter_idx ON matter_search_term (matter_id);

-- every application keeps the version it was made under (no application predates versions)
ALTER TABLE application ADD COLUMN matter_version_id BIGINT NOT NULL REFERENCES matter_version (id);
CREATE INDEX application_matter_version_idx ON application (matter_version_id);
