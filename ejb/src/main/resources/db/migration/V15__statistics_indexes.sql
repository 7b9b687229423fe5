-- Statistics (效能监察, 第二十七条) count the events of a period: applications submitted and accepted, decisions
-- and completions on the timeline, ratings. Each is found through an index on its time, so that a month's figures
-- read that month's rows, not the whole history.
CREATE INDEX application_submitted_idx ON application (submitted_at);
CREATE INDEX application_accepted_idx ON application (accepted_at);
-- the timeline's decisions (APPROVED, REJECTED) and completions (COMPLETED) by time
CREATE INDEX status_change_step_idx ON status_change (step, occurred_at);
CREATE INDEX evaluation_rated_idx ON evaluation (rated_at);
