-- Derby only, after V5__bulk_values.sql in the same transaction: the values of a bulk load in
-- progress, read from the program's memory (org.profmonitor.store.internal.BulkRows), so that one
-- INSERT ... SELECT writes them in Derby's bulk-insert mode with the campaign, the user and the time
-- as parameters of the statement. LOAD_ID names the load; the function reads nothing else.
CREATE FUNCTION PROFMONITOR_BULK_VALUES(LOAD_ID INTEGER)
    RETURNS TABLE (ORGANISATION_CODE VARCHAR(64), ELEMENT_CODE VARCHAR(64), DISAGGREGATION VARCHAR(64), VAL DOUBLE)
    LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL
    EXTERNAL NAME 'org.profmonitor.store.internal.BulkRows.rows';
