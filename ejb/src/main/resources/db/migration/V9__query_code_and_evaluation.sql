-- The public status lookup with a query code (结果反馈, 第四、十三条) and the evaluation of the service (好差评).

-- Only a hash of the query code is kept: SHA-256 of the receipt number and the code (QueryCode). Applications
-- submitted before this migration have none; their applicant issues one from 我的办件.
ALTER TABLE application ADD COLUMN query_code_hash VARCHAR(64);

-- Failed lookups, one row each, keyed by the source address or the receipt number tried (第二十一条: repeated
-- failures are throttled). Kept in the database so that every node of the cluster counts the same failures.
CREATE SEQUENCE lookup_failure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lookup_failure (
    id           BIGINT       PRIMARY KEY,
    throttle_key VARCHAR(100) NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the failures of one key within the window
CREATE INDEX lookup_failure_key_idx ON lookup_failure (throttle_key, failed_at);
-- dropping the failures that have left the window
CREATE INDEX lookup_failure_at_idx ON lookup_failure (failed_at);

-- 好差评: one rating per completed application, by its applicant; a poor one (1 or 2 stars) is answered by the
-- owning department.
CREATE SEQUENCE evaluation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evaluation (
    id             BIGINT       PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id),
    applicant_id   BIGINT       NOT NULL REFERENCES account (id),
    department_id  BIGINT       NOT NULL REFERENCES department (id),
    stars          INTEGER      NOT NULL CHECK (stars BETWEEN 1 AND 5),
    poor           BOOLEAN      NOT NULL,
    comment        VARCHAR(500),
    rated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    response       VARCHAR(1000),
    responder_id   BIGINT REFERENCES account (id),
    responder_name VARCHAR(200),
    responded_at   TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL,
    -- rated once: a second rating of the same application fails here even when two arrive at once
    CONSTRAINT evaluation_application_uk UNIQUE (application_id),
    CONSTRAINT evaluation_poor_ck CHECK (poor = (stars <= 2))
);
-- a department's poor ratings, newest first
CREATE INDEX evaluation_department_idx ON evaluation (department_id, poor, rated_at);
CREATE INDEX evaluation_applicant_idx ON evaluation (applicant_id);
CREATE INDEX evaluation_responder_idx ON evaluation (responder_id);
