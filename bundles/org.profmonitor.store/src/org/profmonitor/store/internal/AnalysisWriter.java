/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.model.Analysis;
import org.profmonitor.model.Decision;
import org.profmonitor.model.IndicatorResult;
import org.profmonitor.model.Problem;
import org.profmonitor.model.Recommendation;

/**
 * Replaces the analysis of a campaign on a connection whose transaction the caller owns.
 * Problems, recommendations and decisions are numbered from 1 in the order of the analysis'
 * lists; the links between them are stored as those numbers.
 */
public final class AnalysisWriter {

    /** Children before parents: the foreign keys have no ON DELETE rule. */
    private static final List<String> TABLES = List.of("DECISION_RECOMMENDATION", "DECISION", "RECOMMENDATION", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "PROBLEM", "INDICATOR_RESULT", "ANALYSIS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final Connection connection;
    private final String campaignId;

    /**
     * @param connection a connection in a transaction
     * @param campaignId the campaign, which exists
     */
    public AnalysisWriter(Connection connection, String campaignId) {
        this.connection = connection;
        this.campaignId = campaignId;
    }

    /**
     * @param analysis the new analysis
     * @throws SQLException as Derby reports it; the caller rolls back
     */
    public void replace(Analysis analysis) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement delete = connection
                    .prepareStatement("DELETE FROM " + table + " WHERE CAMPAIGN_ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                delete.setString(1, campaignId);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection
                .prepareStatement("INSERT INTO ANALYSIS (CAMPAIGN_ID, CREATED_ON, SAVED_AT) VALUES (?, ?, ?)")) { //$NON-NLS-1$
            insert.setString(1, campaignId);
            Jdbc.setDate(insert, 2, analysis.getCreatedOn());
            insert.setTimestamp(3, Jdbc.timestampNow());
            insert.executeUpdate();
        }
        writeResults(analysis.getResults());
        Map<Problem, Integer> problems = writeProblems(analysis.getProblems());
        Map<Recommendation, Integer> recommendations = writeRecommendations(analysis.getRecommendations(), problems);
        writeDecisions(analysis.getDecisions(), recommendations);
    }

    private void writeResults(List<IndicatorResult> results) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO INDICATOR_RESULT (CAMPAIGN_ID, SEQ, " //$NON-NLS-1$
                + "INDICATOR_CODE, UNIT_LEVEL, UNIT_CODE, DISAGGREGATION, NUMERATOR, DENOMINATOR, VAL, TARGET_VALUE, " //$NON-NLS-1$
                + "REACHED, PREVIOUS_VALUE, CHANGE_VALUE, RANK_NO) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            int seq = 0;
            for (IndicatorResult result : results) {
                insert.setString(1, campaignId);
                insert.setInt(2, ++seq);
                insert.setString(3, result.getIndicatorCode());
                Jdbc.setEnum(insert, 4, result.getUnitLevel());
                insert.setString(5, result.getUnitCode());
                insert.setString(6, result.getDisaggregation() == null ? "" : result.getDisaggregation()); //$NON-NLS-1$
                Jdbc.setDouble(insert, 7, result.getNumerator());
                Jdbc.setDouble(insert, 8, result.getDenominator());
                Jdbc.setDouble(insert, 9, result.getValue());
                Jdbc.setDouble(insert, 10, result.getTarget());
                Jdbc.setBoolean(insert, 11, result.getReached());
                Jdbc.setDouble(insert, 12, result.getPrevious());
                Jdbc.setDouble(insert, 13, result.getChange());
                Jdbc.setInteger(insert, 14, result.getRank());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Map<Problem, Integer> writeProblems(List<Problem> problems) throws SQLException {
        Map<Problem, Integer> numbers = new IdentityHashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PROBLEM (CAMPAIGN_ID, NUM, KIND, " //$NON-NLS-1$
                + "INDICATOR_CODE, UNIT_LEVEL, UNIT_CODE, DESCRIPTION) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (Problem problem : problems) {
                int number = numbers.size() + 1;
                numbers.put(problem, number);
                insert.setString(1, campaignId);
                insert.setInt(2, number);
                Jdbc.setEnum(insert, 3, problem.getKind());
                insert.setString(4, problem.getIndicatorCode());
                Jdbc.setEnum(insert, 5, problem.getUnitLevel());
                insert.setString(6, problem.getUnitCode());
                insert.setString(7, problem.getDescription());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return numbers;
    }

    private Map<Recommendation, Integer> writeRecommendations(List<Recommendation> recommendations,
            Map<Problem, Integer> problems) throws SQLException {
        Map<Recommendation, Integer> numbers = new IdentityHashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO RECOMMENDATION (CAMPAIGN_ID, NUM, " //$NON-NLS-1$
                + "PROBLEM_NUM, ADDRESSEE_KIND, ADDRESSEE, ORGANISATION_CODE, MUNICIPALITY_CODE, ACTION_TEXT, DEADLINE, " //$NON-NLS-1$
                + "DEADLINE_TEXT, RESPONSIBLE, INDICATOR_CODE, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (Recommendation recommendation : recommendations) {
                int number = numbers.size() + 1;
                numbers.put(recommendation, number);
                insert.setString(1, campaignId);
                insert.setInt(2, number);
                // a problem outside this analysis cannot be referred to; the link is dropped
                Jdbc.setInteger(insert, 3, problems.get(recommendation.getProblem()));
                Jdbc.setEnum(insert, 4, recommendation.getAddresseeKind());
                insert.setString(5, recommendation.getAddressee());
                insert.setString(6, recommendation.getOrganisationCode());
                insert.setString(7, recommendation.getMunicipalityCode());
                insert.setString(8, recommendation.getAction());
                Jdbc.setDate(insert, 9, recommendation.getDeadline());
                insert.setString(10, recommendation.getDeadlineText());
                insert.setString(11, recommendation.getResponsible());
                insert.setString(12, recommendation.getIndicatorCode());
                Jdbc.setEnum(insert, 13, recommendation.getStatus());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return numbers;
    }

    private void writeDecisions(List<Decision> decisions, Map<Recommendation, Integer> recommendations)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DECISION (CAMPAIGN_ID, NUM, KIND, " //$NON-NLS-1$
                + "TITLE, ISSUER, DOC_NUMBER, DOC_DATE, SIGNATORY, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
                PreparedStatement link = connection.prepareStatement("INSERT INTO DECISION_RECOMMENDATION " //$NON-NLS-1$
                        + "(CAMPAIGN_ID, DECISION_NUM, RECOMMENDATION_NUM) VALUES (?, ?, ?)")) { //$NON-NLS-1$
            int number = 0;
            for (Decision decision : decisions) {
                number++;
                insert.setString(1, campaignId);
                insert.setInt(2, number);
                Jdbc.setEnum(insert, 3, decision.getKind());
                insert.setString(4, decision.getTitle());
                insert.setString(5, decision.getIssuer());
                insert.setString(6, decision.getNumber());
                Jdbc.setDate(insert, 7, decision.getDate());
                insert.setString(8, decision.getSignatory());
                insert.setString(9, decision.getNote());
                insert.executeUpdate();
                for (Recommendation adopted : decision.getAdoptedRecommendations()) {
                    Integer recommendation = recommendations.get(adopted);
                    if (recommendation != null) {
                        link.setString(1, campaignId);
                        link.setInt(2, number);
                        link.setInt(3, recommendation);
                        link.addBatch();
                    }
                }
            }
            link.executeBatch();
        }
    }
}
