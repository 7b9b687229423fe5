-- Change management (变更管理, 第十三、十五、十六、十七条): the settings store, change requests to it with their
-- two approvals and their history, and the departments' filings of planned upgrades of their own systems.
-- Portable between PostgreSQL and H2 in PostgreSQL mode (no column is called VALUE, KEY or TYPE).

-- The seeded settings take the ids 1 to 49; EclipseLink reads a sequence value as the last of its block of
-- 50, so this sequence starts at 100 and hands out 51 to 100 first.
CREATE SEQUENCE setting_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE change_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE change_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE upgrade_filing_seq START WITH 50 INCREMENT BY 50;

-- A named piece of configuration. department_code names the department it belongs to (whose DEPT_ADMIN may ask
-- to change it); NULL makes it system-wide (SERVICE_OFFICE or IT_OFFICE ask). The code is not a foreign key:
-- departments arrive with the catalogue, after the migrations. version counts the applied changes.
CREATE TABLE setting (
    id              BIGINT        PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    value_type      VARCHAR(16)   NOT NULL CHECK (value_type IN ('URL', 'INTEGER', 'TEXT')),
    department_code VARCHAR(32),
    current_value   VARCHAR(1000) NOT NULL,
    minimum         BIGINT,
    maximum         BIGINT,
    description     VARCHAR(500)  NOT NULL,
    description_en  VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 0,
    updated_by_id   BIGINT REFERENCES account (id),
    updated_by_name VARCHAR(200),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT setting_name_uk UNIQUE (name),
    -- an integer setting has both bounds or neither
    CONSTRAINT setting_range_ck CHECK ((minimum IS NULL) = (maximum IS NULL) AND (minimum IS NULL OR minimum <= maximum))
);
-- the settings a department's business owner may ask to change
CREATE INDEX setting_department_idx ON setting (department_code, name);
CREATE INDEX setting_updated_by_idx ON setting (updated_by_id);

-- A request to give a setting a new value (第十六条). It remembers the setting's version it was based on, and
-- the value then, so that a change applied meanwhile by another request is noticed. The two approvals, by
-- the service office and by the IT office, are columns of their own: each is given at most once.
CREATE TABLE change_request (
    id                     BIGINT        PRIMARY KEY,
    setting_id             BIGINT        NOT NULL REFERENCES setting (id),
    department_code        VARCHAR(32),
    proposed_value         VARCHAR(1000) NOT NULL,
    previous_value         VARCHAR(1000) NOT NULL,
    based_on_version       BIGINT        NOT NULL,
    reason                 VARCHAR(1000) NOT NULL,
    requester_id           BIGINT        NOT NULL REFERENCES account (id),
    requester_name         VARCHAR(200)  NOT NULL,
    status                 VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'APPLIED', 'REJECTED', 'WITHDRAWN')),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at              TIMESTAMP WITH TIME ZONE,
    service_office_by_id   BIGINT REFERENCES account (id),
    service_office_by_name VARCHAR(200),
    service_office_at      TIMESTAMP WITH TIME ZONE,
    service_office_from    VARCHAR(64),
    service_office_comment VARCHAR(1000),
    it_office_by_id        BIGINT REFERENCES account (id),
    it_office_by_name      VARCHAR(200),
    it_office_at           TIMESTAMP WITH TIME ZONE,
    it_office_from         VARCHAR(64),
    it_office_comment      VARCHAR(1000),
    version                BIGINT        NOT NULL,
    -- applied means approved by both offices
    CONSTRAINT change_request_applied_ck CHECK (status <> 'APPLIED'
        OR (service_office_at IS NOT NULL AND it_office_at IS NOT NULL))
);
-- a department's requests, newest first
CREATE INDEX change_request_department_idx ON change_request (department_code, created_at);
-- the offices' lists: pending requests oldest first, all requests newest first
CREATE INDEX change_request_status_idx ON change_request (status, created_at);
CREATE INDEX change_request_created_idx ON change_request (created_at);
CREATE INDEX change_request_setting_idx ON change_request (setting_id);
CREATE INDEX change_request_requester_idx ON change_request (requester_id);
CREATE INDEX change_request_service_office_idx ON change_request (service_office_by_id);
CREATE INDEX change_request_it_office_idx ON change_request (it_office_by_id);

-- The history of a change request: every state change with who, when, from where and their comment.
CREATE TABLE change_event (
    id                BIGINT       PRIMARY KEY,
    change_request_id BIGINT       NOT NULL REFERENCES change_request (id),
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    action            VARCHAR(16)  NOT NULL CHECK (action IN ('FILED', 'APPROVED', 'APPLIED', 'REJECTED', 'WITHDRAWN')),
    office            VARCHAR(16)  CHECK (office IN ('SERVICE_OFFICE', 'IT_OFFICE')),
    from_status       VARCHAR(16),
    to_status         VARCHAR(16)  NOT NULL,
    actor_id          BIGINT REFERENCES account (id),
    actor_name        VARCHAR(200),
    source_address    VARCHAR(64),
    remark            VARCHAR(1000)
);
CREATE INDEX change_event_request_idx ON change_event (change_request_id, occurred_at);
CREATE INDEX change_event_actor_idx ON change_event (actor_id);

-- A department's planned upgrade of its own business system, filed at least five working days ahead with both
-- offices (第十七条), who acknowledge it.
CREATE TABLE upgrade_filing (
    id                     BIGINT        PRIMARY KEY,
    department_id          BIGINT        NOT NULL REFERENCES department (id),
    summary                VARCHAR(500)  NOT NULL,
    planned_start          TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_end            TIMESTAMP WITH TIME ZONE NOT NULL,
    impact                 VARCHAR(1000) NOT NULL,
    contact                VARCHAR(200)  NOT NULL,
    filed_by_id            BIGINT        NOT NULL REFERENCES account (id),
    filed_by_name          VARCHAR(200)  NOT NULL,
    filed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_from             VARCHAR(64),
    service_office_by_id   BIGINT REFERENCES account (id),
    service_office_by_name VARCHAR(200),
    service_office_at      TIMESTAMP WITH TIME ZONE,
    service_office_from    VARCHAR(64),
    service_office_comment VARCHAR(1000),
    it_office_by_id        BIGINT REFERENCES account (id),
    it_office_by_name      VARCHAR(200),
    it_office_at           TIMESTAMP WITH TIME ZONE,
    it_office_from         VARCHAR(64),
    it_office_comment      VARCHAR(1000),
    version                BIGINT        NOT NULL,
    CONSTRAINT upgrade_filing_period_ck CHECK (planned_end > planned_start)
);
-- a department's filings and the offices' list of all filings, latest planned start first
CREATE INDEX upgrade_filing_department_idx ON upgrade_filing (department_id, planned_start);
CREATE INDEX upgrade_filing_start_idx ON upgrade_filing (planned_start);
CREATE INDEX upgrade_filing_filed_by_idx ON upgrade_filing (filed_by_id);
CREATE INDEX upgrade_filing_service_office_idx ON upgrade_filing (service_office_by_id);
CREATE INDEX upgrade_filing_it_office_idx ON upgrade_filing (it_office_by_id);

-- The first settings: the interface endpoints of the departments' own systems (第五条) and two system settings.
-- The endpoints are placeholders until each department reports its real one through a change request.
INSERT INTO setting (id, name, value_type, department_code, current_value, minimum, maximum, description,
                     description_en, version, updated_at)
VALUES (1, 'department.ZJJ.interface-endpoint', 'URL', 'ZJJ', 'https://zjj.example.gov.cn/tongban', NULL, NULL,
        '住建局业务系统与市网上审批平台衔接的接口地址（第五条）',
        'Interface endpoint of the Housing and Urban-Rural Development Bureau''s own system (Article 5)',
        0, CURRENT_TIMESTAMP),
       (2, 'department.SWUJ.interface-endpoint', 'URL', 'SWUJ', 'https://swuj.example.gov.cn/tongban', NULL, NULL,
        '水务局业务系统与市网上审批平台衔接的接口地址（第五条）',
        'Interface endpoint of the Water Affairs Bureau''s own system (Article 5)',
        0, CURRENT_TIMESTAMP),
       (3, 'system.upload.max-mb', 'INTEGER', NULL, '20', 1, 200,
        '单个上传材料文件的大小上限（MB）',
        'Largest size of one uploaded document (MB)',
        0, CURRENT_TIMESTAMP),
       (4, 'system.service-hotline', 'TEXT', NULL, '0769-12345', NULL, NULL,
        '网上审批服务咨询电话，显示在门户页面',
        'Service hotline for online approval, shown on the portal',
        0, CURRENT_TIMESTAMP);
