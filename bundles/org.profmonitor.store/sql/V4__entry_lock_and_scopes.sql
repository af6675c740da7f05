-- Schema version 4: a campaign closed for entry, the organisations of the regions with their
-- municipality (so that the database itself knows a user's scope), and the users' scopes.
-- On PostgreSQL V4__entry_lock_and_scopes.postgresql.sql follows in the same transaction: the
-- database roles, grants and row-level security policies that enforce the scopes on the server.

-- Not tied to STATUS: a campaign is locked when the regional methodologist decides, and unlocked
-- only by that role.
ALTER TABLE CAMPAIGN ADD COLUMN ENTRY_LOCKED BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE CAMPAIGN ADD COLUMN LOCKED_BY VARCHAR(128);
ALTER TABLE CAMPAIGN ADD COLUMN LOCKED_AT TIMESTAMP;

-- Filled from a region's directory whenever one of its campaigns is created or loaded.
CREATE TABLE ORGANISATION (
    CODE               VARCHAR(64)   NOT NULL,
    MUNICIPALITY_CODE  VARCHAR(64)   NOT NULL,
    REGION_CODE        VARCHAR(64),
    NAME               VARCHAR(1000),
    CONSTRAINT ORGANISATION_PK PRIMARY KEY (CODE)
);

CREATE INDEX ORGANISATION_MUNICIPALITY ON ORGANISATION (MUNICIPALITY_CODE);

-- One row per database user ProfMonitor manages (db user add). A user without a row is the
-- database's administrator: the only user of an embedded database, the owner on a server.
CREATE TABLE USER_SCOPE (
    DB_USER            VARCHAR(128)  NOT NULL,
    ROLE_NAME          VARCHAR(20)   NOT NULL,
    MUNICIPALITY_CODE  VARCHAR(64),
    ORGANISATION_CODE  VARCHAR(64),
    CREATED_BY         VARCHAR(128)  NOT NULL,
    CREATED_AT         TIMESTAMP     NOT NULL,
    CONSTRAINT USER_SCOPE_PK PRIMARY KEY (DB_USER),
    CONSTRAINT USER_SCOPE_ROLE CHECK (ROLE_NAME IN ('regional', 'municipal', 'organisation', 'readonly')),
    CONSTRAINT USER_SCOPE_UNIT CHECK ((ROLE_NAME = 'municipal' AND MUNICIPALITY_CODE IS NOT NULL AND ORGANISATION_CODE IS NULL)
        OR (ROLE_NAME = 'organisation' AND ORGANISATION_CODE IS NOT NULL AND MUNICIPALITY_CODE IS NULL)
        OR (ROLE_NAME IN ('regional', 'readonly') AND MUNICIPALITY_CODE IS NULL AND ORGANISATION_CODE IS NULL))
);
