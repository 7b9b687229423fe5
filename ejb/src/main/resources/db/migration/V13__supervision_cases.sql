-- Efficiency supervision (效能监察, 第二十七条): a case for each violation the system detects or an office
-- records, the notices (警示 / 整改通知) the service office issues with the supervision department (会同), the
-- department's reply, and the history of every step.

CREATE SEQUENCE supervision_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE supervision_case (
    id             BIGINT        PRIMARY KEY,
    number         VARCHAR(32)   NOT NULL,
    kind           VARCHAR(32)   NOT NULL
        CHECK (kind IN ('LATE_HANDLING', 'UNAUTHORISED_OPERATION', 'PROCEDURE_ALTERED', 'LATE_PREREQUISITE',
                        'NOT_NOTIFIED', 'OBSTRUCTION', 'OTHER')),
    department_id  BIGINT        NOT NULL REFERENCES department (id),
    application_id BIGINT REFERENCES application (id),
    task_id        BIGINT REFERENCES task (id),
    -- the receipt number as a text: an unauthorised attempt is recorded while the application is locked by
    -- the refused request, so that case must not reference (and key-share lock) the application row
    receipt_number VARCHAR(64),
    -- once per violation: e.g. LATE_PREREQUISITE:task:123, whatever node or sweep sees it again
    detection_key  VARCHAR(200),
    detected       BOOLEAN       NOT NULL,
    detected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    facts          VARCHAR(4000) NOT NULL,
    status         VARCHAR(16)   NOT NULL
        CHECK (status IN ('OPEN', 'NOTICE_DRAFTED', 'NOTICE_ISSUED', 'REPLIED', 'CLOSED')),
    notices_issued INTEGER       NOT NULL,
    conclusion     VARCHAR(2000),
    closed_at      TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT supervision_case_number_uk UNIQUE (number),
    CONSTRAINT supervision_case_detection_uk UNIQUE (detection_key)
);
-- the offices' list filtered by status, kind and department, newest first; the department's own list
CREATE INDEX supervision_case_status_idx ON supervision_case (status, detected_at);
CREATE INDEX supervision_case_kind_idx ON supervision_case (kind, detected_at);
CREATE INDEX supervision_case_department_idx ON supervision_case (department_id, status, detected_at);
CREATE INDEX supervision_case_detected_idx ON supervision_case (detected_at);
CREATE INDEX supervision_case_application_idx ON supervision_case (application_id);
CREATE INDEX supervision_case_task_idx ON supervision_case (task_id);

-- A notice is drafted by one office and co-signed by the other (会同, 第二十七条); only then is it issued to
-- the department, with its number and verification code, and never changed afterwards.
CREATE SEQUENCE supervision_notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE supervision_notice (
    id                BIGINT        PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES supervision_case (id),
    sequence          INTEGER       NOT NULL,
    number            VARCHAR(40)   NOT NULL,
    kind              VARCHAR(16)   NOT NULL CHECK (kind IN ('WARNING', 'RECTIFICATION')),
    status            VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'RETURNED')),
    requirement       VARCHAR(4000) NOT NULL,
    rectify_by        DATE,
    drafted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    drafted_by_id     BIGINT        NOT NULL REFERENCES account (id),
    drafted_by_name   VARCHAR(200)  NOT NULL,
    drafted_by_role   VARCHAR(32)   NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE,
    cosigned_by_id    BIGINT REFERENCES account (id),
    cosigned_by_name  VARCHAR(200),
    verification_code VARCHAR(16)   NOT NULL,
    department_name   VARCHAR(200)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT supervision_notice_number_uk UNIQUE (number),
    -- also the index of the foreign key to supervision_case
    CONSTRAINT supervision_notice_sequence_uk UNIQUE (case_id, sequence)
);
CREATE INDEX supervision_notice_drafted_by_idx ON supervision_notice (drafted_by_id);
CREATE INDEX supervision_notice_cosigned_by_idx ON supervision_notice (cosigned_by_id);

-- Who did what when, from where: both the offices and the department read it.
CREATE SEQUENCE supervision_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE supervision_event (
    id             BIGINT        PRIMARY KEY,
    case_id        BIGINT        NOT NULL REFERENCES supervision_case (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    action         VARCHAR(24)   NOT NULL,
    actor_id       BIGINT REFERENCES account (id),
    actor_name     VARCHAR(200),
    source_address VARCHAR(64),
    note           VARCHAR(4000)
);
CREATE INDEX supervision_event_case_idx ON supervision_event (case_id, occurred_at);
CREATE INDEX supervision_event_actor_idx ON supervision_event (actor_id);

-- 第二十七条(五): the applications still waiting for acceptance, oldest first, for the hourly check
CREATE INDEX application_status_updated_idx ON application (status, updated_at);
