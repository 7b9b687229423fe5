-- The partner interface's event feed (第五条): an outbox written in the same transaction as the change it
-- reports, one row per event and department concerned. feed_position is given once the row has committed, in
-- the order rows become visible (see cn.tongban.events.control.FeedSequencer), under the lock of feed_counter.

CREATE SEQUENCE feed_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE feed_event (
    id                 BIGINT        PRIMARY KEY,
    feed_position      BIGINT,
    department_id      BIGINT        NOT NULL REFERENCES department (id),
    event_type         VARCHAR(48)   NOT NULL,
    application_id     BIGINT        REFERENCES application (id),
    receipt_number     VARCHAR(40),
    task_id            BIGINT        REFERENCES task (id),
    application_status VARCHAR(32),
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    payload            VARCHAR(2000) NOT NULL,
    CONSTRAINT feed_event_position_uk UNIQUE (feed_position)
);
-- a department's feed, read in position order
CREATE INDEX feed_event_department_idx ON feed_event (department_id, feed_position);
-- the rows still to be numbered, oldest first
CREATE INDEX feed_event_unnumbered_idx ON feed_event (feed_position, id);
CREATE INDEX feed_event_application_idx ON feed_event (application_id, event_type);
CREATE INDEX feed_event_task_idx ON feed_event (task_id);

-- The last position given; its one row is the lock that numbers the feed one batch at a time.
CREATE TABLE feed_counter (
    id            INTEGER PRIMARY KEY,
    last_position BIGINT  NOT NULL
);
INSERT INTO feed_counter (id, last_position) VALUES (1, 0);
