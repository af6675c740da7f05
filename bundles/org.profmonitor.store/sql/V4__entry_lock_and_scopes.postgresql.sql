-- PostgreSQL only, after V4__entry_lock_and_scopes.sql in the same transaction: the server
-- enforces who may change what. The database's owner (who runs db migrate and db user add) is not
-- subject to row-level security; every user made by db user add is a member of one of the four
-- group roles below, and is subject to it.
-- Roles belong to the whole cluster, not to one database: create them only when missing.

DO $$
DECLARE
    role_name TEXT;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['profmonitor_regional', 'profmonitor_municipal', 'profmonitor_organisation',
            'profmonitor_readonly'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
        END IF;
    END LOOP;
END
$$;

-- May the current database user enter the value of this organisation in this campaign? Its scope
-- comes from USER_SCOPE (by current_user, which the client cannot choose), the organisation's
-- municipality from ORGANISATION; a campaign closed for entry takes no value from anyone.
-- search_path is fixed to the migration's: a user cannot slip in tables of the same names.
CREATE FUNCTION profmonitor_may_enter(p_campaign VARCHAR, p_organisation VARCHAR) RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM campaign c WHERE c.id = p_campaign AND c.entry_locked)
       AND EXISTS (SELECT 1 FROM user_scope s WHERE s.db_user = current_user AND (
               s.role_name = 'regional'
            OR (s.role_name = 'organisation' AND s.organisation_code = p_organisation)
            OR (s.role_name = 'municipal' AND EXISTS (SELECT 1 FROM organisation o
                    WHERE o.code = p_organisation AND o.municipality_code = s.municipality_code))))
$$;

REVOKE ALL ON FUNCTION profmonitor_may_enter(VARCHAR, VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION profmonitor_may_enter(VARCHAR, VARCHAR)
    TO profmonitor_regional, profmonitor_municipal, profmonitor_organisation;

GRANT SELECT ON schema_version, campaign, data_value, value_audit, analysis, indicator_result, problem,
    recommendation, decision, decision_recommendation, recommendation_change, organisation, user_scope
    TO profmonitor_regional, profmonitor_municipal, profmonitor_organisation, profmonitor_readonly;

-- values: whoever's scope holds the organisation; the audit only grows (no UPDATE, no DELETE)
GRANT INSERT, UPDATE, DELETE ON data_value TO profmonitor_regional, profmonitor_municipal, profmonitor_organisation;
GRANT INSERT ON value_audit TO profmonitor_regional, profmonitor_municipal, profmonitor_organisation;

-- the campaigns, their analyses and the directory are the regional methodologist's
GRANT INSERT, UPDATE, DELETE ON campaign, analysis, indicator_result, problem, recommendation, decision,
    decision_recommendation, recommendation_change, organisation TO profmonitor_regional;
-- a municipal methodologist may close a campaign for entry, never reopen it (policy below)
GRANT UPDATE (entry_locked, locked_by, locked_at) ON campaign TO profmonitor_municipal;

ALTER TABLE data_value ENABLE ROW LEVEL SECURITY;
CREATE POLICY data_value_read ON data_value FOR SELECT USING (true);
CREATE POLICY data_value_insert ON data_value FOR INSERT
    WITH CHECK (changed_by = current_user AND profmonitor_may_enter(campaign_id, organisation_code));
CREATE POLICY data_value_update ON data_value FOR UPDATE
    USING (profmonitor_may_enter(campaign_id, organisation_code))
    WITH CHECK (changed_by = current_user AND profmonitor_may_enter(campaign_id, organisation_code));
CREATE POLICY data_value_delete ON data_value FOR DELETE
    USING (profmonitor_may_enter(campaign_id, organisation_code));

ALTER TABLE value_audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY value_audit_read ON value_audit FOR SELECT USING (true);
CREATE POLICY value_audit_insert ON value_audit FOR INSERT
    WITH CHECK (changed_by = current_user AND profmonitor_may_enter(campaign_id, organisation_code));

ALTER TABLE campaign ENABLE ROW LEVEL SECURITY;
CREATE POLICY campaign_read ON campaign FOR SELECT USING (true);
CREATE POLICY campaign_regional ON campaign FOR ALL TO profmonitor_regional USING (true) WITH CHECK (true);
CREATE POLICY campaign_lock ON campaign FOR UPDATE TO profmonitor_municipal
    USING (true) WITH CHECK (entry_locked AND locked_by = current_user);
