-- Deadlines in working days with suspensions, and the yellow warnings and red alarms of the deadline sweep
-- (行政许可法 第四十二、四十五条; 效能监察, 第七、二十七条).
-- A clock is the day it counts from and the working days left from that day (frozen while suspended); the due
-- day follows from them on the calendar, or is provisional (NULL) while it falls in an unpublished year.

-- the application's promised (承诺) and statutory (法定) time limits, counted from acceptance
ALTER TABLE application ADD COLUMN promised_due DATE;
ALTER TABLE application ADD COLUMN promised_from DATE;
ALTER TABLE application ADD COLUMN promised_remaining INTEGER;
ALTER TABLE application ADD COLUMN promised_suspended_since DATE;
ALTER TABLE application ADD COLUMN promised_provisional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE application ADD COLUMN statutory_due DATE;
ALTER TABLE application ADD COLUMN statutory_from DATE;
ALTER TABLE application ADD COLUMN statutory_remaining INTEGER;
ALTER TABLE application ADD COLUMN statutory_suspended_since DATE;
ALTER TABLE application ADD COLUMN statutory_provisional BOOLEAN NOT NULL DEFAULT FALSE;
-- once decided: working days used (suspensions not counted) and whether on or before the promised due day
ALTER TABLE application ADD COLUMN days_used INTEGER;
ALTER TABLE application ADD COLUMN on_time BOOLEAN;
CREATE INDEX application_promised_due_idx ON application (promised_due);
CREATE INDEX application_statutory_due_idx ON application (statutory_due);
CREATE INDEX application_provisional_idx ON application (promised_provisional, statutory_provisional);

-- each task's own clock (a review stage, a parallel branch, the decision), started when it opens
ALTER TABLE task ADD COLUMN due_on DATE;
ALTER TABLE task ADD COLUMN clock_from DATE;
ALTER TABLE task ADD COLUMN clock_remaining INTEGER;
ALTER TABLE task ADD COLUMN clock_suspended_since DATE;
ALTER TABLE task ADD COLUMN due_provisional BOOLEAN NOT NULL DEFAULT FALSE;
-- the highest alert raised so far, the moments of both alerts, and the next one to raise (NULL: nothing to raise)
ALTER TABLE task ADD COLUMN alert_level VARCHAR(8) CHECK (alert_level IN ('YELLOW', 'RED'));
ALTER TABLE task ADD COLUMN yellow_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE task ADD COLUMN red_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE task ADD COLUMN alert_at TIMESTAMP WITH TIME ZONE;
-- the sweep: WHERE alert_at <= now ORDER BY alert_at, a range scan of what is due (finished work is NULL)
CREATE INDEX task_alert_at_idx ON task (alert_at);
CREATE INDEX task_due_on_idx ON task (due_on);
CREATE INDEX task_provisional_idx ON task (due_provisional);

-- one row per alert issued; (task, level) is unique, so a second node sweeping at the same moment cannot issue
-- an alert twice. application_id is a copy without a foreign key: the sweep must not wait on application rows.
CREATE SEQUENCE deadline_alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE deadline_alert (
    id             BIGINT      PRIMARY KEY,
    task_id        BIGINT      NOT NULL REFERENCES task (id),
    application_id BIGINT      NOT NULL,
    department_id  BIGINT      NOT NULL REFERENCES department (id),
    alert_level    VARCHAR(8)  NOT NULL CHECK (alert_level IN ('YELLOW', 'RED')),
    due_on         DATE,
    raised_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deadline_alert_once_uk UNIQUE (task_id, alert_level)
);
CREATE INDEX deadline_alert_application_idx ON deadline_alert (application_id);
CREATE INDEX deadline_alert_department_idx ON deadline_alert (department_id, raised_at);
CREATE INDEX deadline_alert_raised_idx ON deadline_alert (raised_at, alert_level);

-- staff are told of alerts through the portal inbox: a message is about a timeline line or about an alert
ALTER TABLE inbox_message ALTER COLUMN status_change_id DROP NOT NULL;
ALTER TABLE inbox_message ALTER COLUMN step DROP NOT NULL;
ALTER TABLE inbox_message ADD COLUMN alert_id BIGINT REFERENCES deadline_alert (id);
ALTER TABLE inbox_message ADD COLUMN alert_level VARCHAR(8);
ALTER TABLE inbox_message ADD COLUMN task_name VARCHAR(200);
ALTER TABLE inbox_message ADD COLUMN due_on DATE;
ALTER TABLE inbox_message ADD CONSTRAINT inbox_message_alert_uk UNIQUE (alert_id, recipient_id);
