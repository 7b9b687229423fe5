-- Complaints and reports (投诉、检举, 第十二条) about a department or its staff, received and handled by the
-- supervision department. The complainant follows one with its number and access code (only a hash is kept).

CREATE SEQUENCE complaint_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint (
    id                BIGINT        PRIMARY KEY,
    number            VARCHAR(24)   NOT NULL,
    kind              VARCHAR(16)   NOT NULL CHECK (kind IN ('COMPLAINT', 'REPORT')),
    department_id     BIGINT        NOT NULL REFERENCES department (id),
    staff_name        VARCHAR(100),
    receipt_number    VARCHAR(64),
    content           VARCHAR(4000) NOT NULL,
    complainant_id    BIGINT REFERENCES account (id),
    complainant_name  VARCHAR(100),
    contact           VARCHAR(254),
    access_code_hash  VARCHAR(100)  NOT NULL,
    status            VARCHAR(16)   NOT NULL CHECK (status IN ('FILED', 'REGISTERED', 'NOT_REGISTERED', 'ANSWERED')),
    filed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the time limits, fixed at filing and registration in working days
    register_due      DATE          NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE,
    registered_by_id  BIGINT REFERENCES account (id),
    registered_by_name VARCHAR(200),
    answer_due        DATE,
    answer            VARCHAR(4000),
    answered_at       TIMESTAMP WITH TIME ZONE,
    answered_by_id    BIGINT REFERENCES account (id),
    answered_by_name  VARCHAR(200),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT complaint_number_uk UNIQUE (number)
);
-- the supervisor's list by status with the overdue ones first; counts per department and period
CREATE INDEX complaint_status_idx ON complaint (status, register_due, filed_at);
CREATE INDEX complaint_answer_due_idx ON complaint (status, answer_due);
CREATE INDEX complaint_department_idx ON complaint (department_id, filed_at);
CREATE INDEX complaint_filed_idx ON complaint (filed_at);
CREATE INDEX complaint_complainant_idx ON complaint (complainant_id);
CREATE INDEX complaint_registered_by_idx ON complaint (registered_by_id);
CREATE INDEX complaint_answered_by_idx ON complaint (answered_by_id);

-- The investigation's notes: internal, never shown to the complainant.
CREATE SEQUENCE complaint_note_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_note (
    id           BIGINT        PRIMARY KEY,
    complaint_id BIGINT        NOT NULL REFERENCES complaint (id),
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    author_id    BIGINT        NOT NULL REFERENCES account (id),
    author_name  VARCHAR(200)  NOT NULL,
    text         VARCHAR(4000) NOT NULL
);
CREATE INDEX complaint_note_complaint_idx ON complaint_note (complaint_id, written_at);
CREATE INDEX complaint_note_author_idx ON complaint_note (author_id);
