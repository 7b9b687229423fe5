-- Result feedback (结果反馈, 第四条; 第二十七条(五)): the written notices an application's steps issue, and the
-- applicant's portal inbox (站内信).

CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;

-- A notice is issued once and never changed: what it says is kept as issued (names included), so that the
-- document printed from it today reads as the one sent then.
CREATE TABLE notice (
    id                BIGINT       PRIMARY KEY,
    number            VARCHAR(64)  NOT NULL,
    kind              VARCHAR(24)  NOT NULL
        CHECK (kind IN ('ACCEPTANCE', 'CORRECTION', 'NON_ACCEPTANCE', 'APPROVAL', 'REJECTION')),
    application_id    BIGINT       NOT NULL REFERENCES application (id),
    sequence          INTEGER      NOT NULL,
    status_change_id  BIGINT       NOT NULL REFERENCES status_change (id),
    receipt_number    VARCHAR(64)  NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    verification_code VARCHAR(16)  NOT NULL,
    applicant_name    VARCHAR(200) NOT NULL,
    matter_name       VARCHAR(200) NOT NULL,
    department_name   VARCHAR(200) NOT NULL,
    CONSTRAINT notice_number_uk UNIQUE (number),
    CONSTRAINT notice_status_change_uk UNIQUE (status_change_id),
    -- also the index of the foreign key to application
    CONSTRAINT notice_sequence_uk UNIQUE (application_id, sequence)
);

CREATE SEQUENCE inbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE inbox_message (
    id               BIGINT       PRIMARY KEY,
    recipient_id     BIGINT       NOT NULL REFERENCES account (id),
    application_id   BIGINT       NOT NULL REFERENCES application (id),
    status_change_id BIGINT       NOT NULL REFERENCES status_change (id),
    step             VARCHAR(32)  NOT NULL,
    receipt_number   VARCHAR(64)  NOT NULL,
    matter_name      VARCHAR(200) NOT NULL,
    notice_number    VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at          TIMESTAMP WITH TIME ZONE,
    -- one message per timeline line and recipient; also the index of the foreign key to status_change
    CONSTRAINT inbox_message_line_uk UNIQUE (status_change_id, recipient_id)
);
-- the inbox, newest first, and the unread count in the page header
CREATE INDEX inbox_message_recipient_idx ON inbox_message (recipient_id, created_at);
CREATE INDEX inbox_message_unread_idx ON inbox_message (recipient_id, read_at);
CREATE INDEX inbox_message_application_idx ON inbox_message (application_id);
