-- The first schema: departments, accounts (also the Elytron realm's tables), matters, applications and
-- their timeline. Portable between PostgreSQL and H2 in PostgreSQL mode. Sequences step by 50 to match
-- the entities' allocation size, so inserts do not ask the database for every id. EclipseLink reads a
-- value as the last of its block, so each sequence starts at its step.

CREATE SEQUENCE department_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE matter_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE status_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE department (
    id        BIGINT       PRIMARY KEY,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200),
    level     VARCHAR(16)  NOT NULL CHECK (level IN ('CITY', 'TOWN')),
    parent_id BIGINT REFERENCES department (id),
    CONSTRAINT department_code_uk UNIQUE (code)
);

CREATE TABLE account (
    id              BIGINT       PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('PERSON', 'ENTERPRISE', 'STAFF', 'SYSTEM')),
    department_id   BIGINT REFERENCES department (id),
    email           VARCHAR(254),
    phone           VARCHAR(32),
    training_passed BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_username_uk UNIQUE (username),
    -- staff and partner systems belong to a department; applicants do not
    CONSTRAINT account_department_ck CHECK ((kind IN ('STAFF', 'SYSTEM')) = (department_id IS NOT NULL))
);
CREATE INDEX account_department_idx ON account (department_id);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE matter (
    id             BIGINT       PRIMARY KEY,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    name_en        VARCHAR(300),
    kind           VARCHAR(32)  NOT NULL,
    department_id  BIGINT       NOT NULL REFERENCES department (id),
    statutory_days INTEGER      NOT NULL CHECK (statutory_days > 0),
    promised_days  INTEGER      NOT NULL CHECK (promised_days > 0),
    process_type   VARCHAR(16)  NOT NULL CHECK (process_type IN ('SERIAL', 'PARALLEL')),
    online_level   VARCHAR(16)  NOT NULL CHECK (online_level IN ('FULL_ONLINE', 'ONE_VISIT', 'OFFLINE_ONLY')),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT matter_code_uk UNIQUE (code),
    CONSTRAINT matter_promise_within_law_ck CHECK (promised_days <= statutory_days)
);
CREATE INDEX matter_department_idx ON matter (department_id);

CREATE TABLE application (
    id             BIGINT      PRIMARY KEY,
    receipt_number VARCHAR(40) NOT NULL,
    matter_id      BIGINT      NOT NULL REFERENCES matter (id),
    department_id  BIGINT      NOT NULL REFERENCES department (id),
    applicant_id   BIGINT      NOT NULL REFERENCES account (id),
    status         VARCHAR(32) NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at    TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT application_receipt_number_uk UNIQUE (receipt_number)
);
-- a department's work list: its applications in one status, oldest first
CREATE INDEX application_worklist_idx ON application (department_id, status, submitted_at);
-- an applicant's own applications, newest first
CREATE INDEX application_applicant_idx ON application (applicant_id, submitted_at);
CREATE INDEX application_matter_idx ON application (matter_id);

CREATE TABLE status_change (
    id             BIGINT      PRIMARY KEY,
    application_id BIGINT      NOT NULL REFERENCES application (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status    VARCHAR(32),
    to_status      VARCHAR(32) NOT NULL,
    actor_id       BIGINT REFERENCES account (id),
    actor_name     VARCHAR(200),
    department_id  BIGINT REFERENCES department (id),
    source_address VARCHAR(64),
    opinion        VARCHAR(2000)
);
CREATE INDEX status_change_application_idx ON status_change (application_id, occurred_at);
