-- Service consultation (服务咨询, 第四、二十二、二十三条): questions on a matter, the owning department's
-- answers and the public FAQ they may become; and the moderation that holds anything published for review
-- when it contains a prohibited term (第二十三条(一)). Portable between PostgreSQL and H2 in PostgreSQL mode.
--
-- Texts are bounded in characters by the application (question 1000, answer 2000); the columns leave room
-- for characters outside the Basic Multilingual Plane, which H2 counts as two.

CREATE SEQUENCE prohibited_term_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE consultation_question_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE consultation_event_seq START WITH 50 INCREMENT BY 50;

-- The prohibited terms, kept by the service office. A removed term keeps its row (who removed it, when, from
-- where); adding it again brings the row back. "normalized" is the form that is matched: case folded,
-- full-width letters made half-width, blanks and punctuation taken out.
CREATE TABLE prohibited_term (
    id           BIGINT       PRIMARY KEY,
    term         VARCHAR(60)  NOT NULL,
    normalized   VARCHAR(60)  NOT NULL,
    added_by     VARCHAR(64),
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_from   VARCHAR(64),
    removed_by   VARCHAR(64),
    removed_at   TIMESTAMP WITH TIME ZONE,
    removed_from VARCHAR(64),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT prohibited_term_normalized_uk UNIQUE (normalized)
);
-- the list in force: the terms not removed
CREATE INDEX prohibited_term_active_idx ON prohibited_term (removed_at, term);

-- A few neutral demonstration terms; the service office maintains the real list on its page. The ids come
-- from the sequence, so that EclipseLink's first block (which ends at the sequence's next value) cannot
-- reach them.
INSERT INTO prohibited_term (id, term, normalized, added_at)
VALUES (nextval('prohibited_term_seq'), '代办包过', '代办包过', CURRENT_TIMESTAMP);
INSERT INTO prohibited_term (id, term, normalized, added_at)
VALUES (nextval('prohibited_term_seq'), '内部关系', '内部关系', CURRENT_TIMESTAMP);
INSERT INTO prohibited_term (id, term, normalized, added_at)
VALUES (nextval('prohibited_term_seq'), '加微信', '加微信', CURRENT_TIMESTAMP);

-- A question on a matter. asker_id links a signed-in applicant; a visitor instead holds the hash of the
-- access code shown to them once. Asker and answerer names are copied, so that lists need no join.
CREATE TABLE consultation_question (
    id               BIGINT        PRIMARY KEY,
    number           VARCHAR(24)   NOT NULL,
    matter_id        BIGINT        NOT NULL REFERENCES matter (id),
    department_id    BIGINT        NOT NULL REFERENCES department (id),
    asker_id         BIGINT        REFERENCES account (id),
    asker_name       VARCHAR(200)  NOT NULL,
    asker_email      VARCHAR(254),
    asker_phone      VARCHAR(16),
    access_code_hash VARCHAR(100),
    text             VARCHAR(2000) NOT NULL,
    status           VARCHAR(16)   NOT NULL
        CHECK (status IN ('OPEN', 'ANSWERED', 'HELD', 'PUBLISHED', 'WITHDRAWN', 'REJECTED')),
    asked_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    answer           VARCHAR(4000),
    answered_by_id   BIGINT        REFERENCES account (id),
    answered_by_name VARCHAR(200),
    answered_at      TIMESTAMP WITH TIME ZONE,
    held_terms       VARCHAR(1000),
    rejection_reason VARCHAR(1000),
    published_at     TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT consultation_question_number_uk UNIQUE (number),
    -- a visitor's question is read back with its access code, an applicant's through the account
    CONSTRAINT consultation_question_asker_ck CHECK ((asker_id IS NULL) = (access_code_hash IS NOT NULL)),
    CONSTRAINT consultation_question_answer_ck CHECK ((status = 'OPEN') = (answer IS NULL)),
    CONSTRAINT consultation_question_published_ck CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
-- a department's open questions, oldest first
CREATE INDEX consultation_question_inbox_idx ON consultation_question (department_id, status, asked_at);
-- a department's answered questions, newest answer first
CREATE INDEX consultation_question_answered_idx ON consultation_question (department_id, answered_at);
-- a matter's FAQ
CREATE INDEX consultation_question_faq_idx ON consultation_question (matter_id, status, published_at);
-- the posts held for review, across departments
CREATE INDEX consultation_question_status_idx ON consultation_question (status, updated_at);
-- an applicant's own questions
CREATE INDEX consultation_question_asker_idx ON consultation_question (asker_id, asked_at);
CREATE INDEX consultation_question_answered_by_idx ON consultation_question (answered_by_id);

-- Every step of a question: who, when, from where, from which status to which, and why (第二十三条(三)).
CREATE TABLE consultation_event (
    id             BIGINT       PRIMARY KEY,
    question_id    BIGINT       NOT NULL REFERENCES consultation_question (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status    VARCHAR(16),
    to_status      VARCHAR(16)  NOT NULL,
    actor_id       BIGINT       REFERENCES account (id),
    actor_name     VARCHAR(200) NOT NULL,
    source_address VARCHAR(64),
    note           VARCHAR(1000)
);
CREATE INDEX consultation_event_question_idx ON consultation_event (question_id, occurred_at);
CREATE INDEX consultation_event_actor_idx ON consultation_event (actor_id);
