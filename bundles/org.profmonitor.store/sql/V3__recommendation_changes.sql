-- Schema version 3: the history of what users changed in recommendations (status, text,
-- deadline, responsible). Recommendations are renumbered when a campaign is analysed again, so the
-- history names a recommendation by what it is (addressee, indicator) and the number it had, and
-- it is never rewritten by a new analysis.

CREATE TABLE RECOMMENDATION_CHANGE (
    ID              BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    CAMPAIGN_ID     VARCHAR(100)  NOT NULL,
    NUM             INTEGER       NOT NULL,
    ADDRESSEE       VARCHAR(1000),
    INDICATOR_CODE  VARCHAR(64),
    FIELD           VARCHAR(30)   NOT NULL,
    OLD_VALUE       VARCHAR(8000),
    NEW_VALUE       VARCHAR(8000),
    CHANGED_BY      VARCHAR(128)  NOT NULL,
    CHANGED_AT      TIMESTAMP     NOT NULL,
    CONSTRAINT RECOMMENDATION_CHANGE_PK PRIMARY KEY (ID),
    CONSTRAINT RECOMMENDATION_CHANGE_CAMPAIGN_FK FOREIGN KEY (CAMPAIGN_ID) REFERENCES CAMPAIGN (ID)
);

CREATE INDEX RECOMMENDATION_CHANGE_CAMPAIGN ON RECOMMENDATION_CHANGE (CAMPAIGN_ID, CHANGED_AT);
