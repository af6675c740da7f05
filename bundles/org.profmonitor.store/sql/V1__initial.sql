-- Schema version 1: the campaigns and the data collected for them, with the audit of every change.
-- Statements end with a semicolon at the end of a line; literals never contain one.
-- Codes are the model's codes (organisation, data element, disaggregation); '' stands for
-- "no disaggregation" because key columns cannot be NULL.
-- Foreign keys have no ON DELETE rule: nothing of a cycle disappears as a side effect, and the
-- store deletes children before parents where it replaces them.

CREATE TABLE CAMPAIGN (
    ID                VARCHAR(100)  NOT NULL,
    INDICATOR_SET_ID  VARCHAR(100)  NOT NULL,
    TITLE             VARCHAR(1000),
    ACADEMIC_YEAR     VARCHAR(20),
    PERIOD_START      DATE,
    PERIOD_END        DATE,
    SCHEDULE          VARCHAR(1000),
    STATUS            VARCHAR(20)   NOT NULL,
    ORDER_TITLE       VARCHAR(1000),
    ORDER_ISSUER      VARCHAR(1000),
    ORDER_NUMBER      VARCHAR(100),
    ORDER_DATE        DATE,
    ORDER_NOTE        VARCHAR(4000),
    NOTE              VARCHAR(4000),
    CREATED_AT        TIMESTAMP     NOT NULL,
    UPDATED_AT        TIMESTAMP     NOT NULL,
    CONSTRAINT CAMPAIGN_PK PRIMARY KEY (ID)
);

CREATE INDEX CAMPAIGN_SET_YEAR ON CAMPAIGN (INDICATOR_SET_ID, ACADEMIC_YEAR);

CREATE TABLE DATA_VALUE (
    CAMPAIGN_ID        VARCHAR(100) NOT NULL,
    ORGANISATION_CODE  VARCHAR(64)  NOT NULL,
    ELEMENT_CODE       VARCHAR(64)  NOT NULL,
    DISAGGREGATION     VARCHAR(64)  NOT NULL DEFAULT '',
    VAL                DOUBLE       NOT NULL,
    CHANGED_BY         VARCHAR(128) NOT NULL,
    CHANGED_AT         TIMESTAMP    NOT NULL,
    CONSTRAINT DATA_VALUE_PK PRIMARY KEY (CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION),
    CONSTRAINT DATA_VALUE_CAMPAIGN_FK FOREIGN KEY (CAMPAIGN_ID) REFERENCES CAMPAIGN (ID)
);

-- the computation reads one element over all organisations
CREATE INDEX DATA_VALUE_ELEMENT ON DATA_VALUE (CAMPAIGN_ID, ELEMENT_CODE);

-- One row per real change of a data value: OLD_VALUE is NULL when the value was first entered.
CREATE TABLE VALUE_AUDIT (
    ID                 BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY,
    CAMPAIGN_ID        VARCHAR(100) NOT NULL,
    ORGANISATION_CODE  VARCHAR(64)  NOT NULL,
    ELEMENT_CODE       VARCHAR(64)  NOT NULL,
    DISAGGREGATION     VARCHAR(64)  NOT NULL DEFAULT '',
    OLD_VALUE          DOUBLE,
    NEW_VALUE          DOUBLE,
    CHANGED_BY         VARCHAR(128) NOT NULL,
    CHANGED_AT         TIMESTAMP    NOT NULL,
    SOURCE             VARCHAR(1000),
    CONSTRAINT VALUE_AUDIT_PK PRIMARY KEY (ID),
    CONSTRAINT VALUE_AUDIT_CAMPAIGN_FK FOREIGN KEY (CAMPAIGN_ID) REFERENCES CAMPAIGN (ID)
);

-- the history of one value, and of one organisation's values
CREATE INDEX VALUE_AUDIT_VALUE ON VALUE_AUDIT (CAMPAIGN_ID, ORGANISATION_CODE, ELEMENT_CODE, DISAGGREGATION);
