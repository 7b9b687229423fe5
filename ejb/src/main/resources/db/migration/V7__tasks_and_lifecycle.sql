-- The departments' tasks on applications (acceptance, review stages, parallel branches, decision), and what
-- the lifecycle needs on the application and its timeline (第四、六条).

CREATE SEQUENCE task_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE task (
    id             BIGINT       PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id),
    sequence       INTEGER      NOT NULL,
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('ACCEPTANCE', 'REVIEW', 'BRANCH', 'DECISION')),
    name           VARCHAR(200) NOT NULL,
    department_id  BIGINT       NOT NULL REFERENCES department (id),
    role           VARCHAR(32)  NOT NULL,
    prerequisite   BOOLEAN      NOT NULL,
    days           INTEGER      NOT NULL,
    status         VARCHAR(16)  NOT NULL
        CHECK (status IN ('WAITING', 'OPEN', 'CLAIMED', 'SUSPENDED', 'DONE', 'CANCELLED')),
    suspended_from VARCHAR(16),
    assignee_id    BIGINT REFERENCES account (id),
    opened_at      TIMESTAMP WITH TIME ZONE,
    done_at        TIMESTAMP WITH TIME ZONE,
    agreed         BOOLEAN,
    opinion        VARCHAR(2000),
    version        BIGINT       NOT NULL,
    CONSTRAINT task_sequence_uk UNIQUE (application_id, sequence)
);
-- a department's work list, and a person's
CREATE INDEX task_department_idx ON task (department_id, status, opened_at);
CREATE INDEX task_assignee_idx ON task (assignee_id, status);

ALTER TABLE application ADD COLUMN correction_items VARCHAR(2000);
ALTER TABLE application ADD COLUMN correction_returns_to VARCHAR(32);
ALTER TABLE application ADD COLUMN correction_rounds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE application ADD COLUMN special_procedure VARCHAR(16);
ALTER TABLE application ADD COLUMN special_procedure_since TIMESTAMP WITH TIME ZONE;

ALTER TABLE status_change ADD COLUMN step VARCHAR(32) NOT NULL DEFAULT 'SUBMITTED';
ALTER TABLE status_change ADD COLUMN legal_basis VARCHAR(1000);
ALTER TABLE status_change ADD COLUMN opinion_public BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE status_change ADD COLUMN task_name VARCHAR(200);
