/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Decision;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.model.IndicatorResult;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.model.UnitLevel;

/** Reads the analysis of a campaign back into the model, links included. */
public final class AnalysisReader {

    private static final ProfmonitorFactory FACTORY = ProfmonitorFactory.eINSTANCE;

    private final Connection connection;
    private final String campaignId;

    /**
     * @param connection a connection
     * @param campaignId the campaign
     */
    public AnalysisReader(Connection connection, String campaignId) {
        this.connection = connection;
        this.campaignId = campaignId;
    }

    /**
     * @return the analysis without its campaign (the caller sets it), or empty when the campaign
     *         has none stored
     * @throws SQLException as Derby reports it
     */
    public Optional<Analysis> read() throws SQLException {
        Analysis analysis = FACTORY.createAnalysis();
        try (ResultSet rs = query("SELECT CREATED_ON FROM ANALYSIS WHERE CAMPAIGN_ID = ?")) { //$NON-NLS-1$
            if (!rs.next()) {
                return Optional.empty();
            }
            analysis.setCreatedOn(Jdbc.getDate(rs, "CREATED_ON")); //$NON-NLS-1$
        }
        readResults(analysis);
        Map<Integer, Problem> problems = readProblems(analysis);
        Map<Integer, Recommendation> recommendations = readRecommendations(analysis, problems);
        readDecisions(analysis, recommendations);
        return Optional.of(analysis);
    }

    private void readResults(Analysis analysis) throws SQLException {
        try (ResultSet rs = query("SELECT * FROM INDICATOR_RESULT WHERE CAMPAIGN_ID = ? ORDER BY SEQ")) { //$NON-NLS-1$
            while (rs.next()) {
                IndicatorResult result = FACTORY.createIndicatorResult();
                result.setIndicatorCode(rs.getString("INDICATOR_CODE")); //$NON-NLS-1$
                result.setUnitLevel(Jdbc.getEnum(rs, "UNIT_LEVEL", UnitLevel::getByName)); //$NON-NLS-1$
                result.setUnitCode(rs.getString("UNIT_CODE")); //$NON-NLS-1$
                String disaggregation = rs.getString("DISAGGREGATION"); //$NON-NLS-1$
                result.setDisaggregation(disaggregation.isEmpty() ? null : disaggregation);
                result.setNumerator(Jdbc.getDouble(rs, "NUMERATOR")); //$NON-NLS-1$
                result.setDenominator(Jdbc.getDouble(rs, "DENOMINATOR")); //$NON-NLS-1$
                result.setValue(Jdbc.getDouble(rs, "VAL")); //$NON-NLS-1$
                result.setTarget(Jdbc.getDouble(rs, "TARGET_VALUE")); //$NON-NLS-1$
                result.setReached(Jdbc.getBoolean(rs, "REACHED")); //$NON-NLS-1$
                result.setPrevious(Jdbc.getDouble(rs, "PREVIOUS_VALUE")); //$NON-NLS-1$
                result.setChange(Jdbc.getDouble(rs, "CHANGE_VALUE")); //$NON-NLS-1$
                result.setRank(Jdbc.getInteger(rs, "RANK_NO")); //$NON-NLS-1$
                analysis.getResults().add(result);
            }
        }
    }

    private Map<Integer, Problem> readProblems(Analysis analysis) throws SQLException {
        Map<Integer, Problem> problems = new HashMap<>();
        try (ResultSet rs = query("SELECT * FROM PROBLEM WHERE CAMPAIGN_ID = ? ORDER BY NUM")) { //$NON-NLS-1$
            while (rs.next()) {
                Problem problem = FACTORY.createProblem();
                problem.setKind(Jdbc.getEnum(rs, "KIND", ProblemKind::getByName)); //$NON-NLS-1$
                problem.setIndicatorCode(rs.getString("INDICATOR_CODE")); //$NON-NLS-1$
                problem.setUnitLevel(Jdbc.getEnum(rs, "UNIT_LEVEL", UnitLevel::getByName)); //$NON-NLS-1$
                problem.setUnitCode(rs.getString("UNIT_CODE")); //$NON-NLS-1$
                problem.setDescription(rs.getString("DESCRIPTION")); //$NON-NLS-1$
                analysis.getProblems().add(problem);
                problems.put(rs.getInt("NUM"), problem); //$NON-NLS-1$
            }
        }
        return problems;
    }

    private Map<Integer, Recommendation> readRecommendations(Analysis analysis, Map<Integer, Problem> problems)
            throws SQLException {
        Map<Integer, Recommendation> recommendations = new HashMap<>();
        try (ResultSet rs = query("SELECT * FROM RECOMMENDATION WHERE CAMPAIGN_ID = ? ORDER BY NUM")) { //$NON-NLS-1$
            while (rs.next()) {
                Recommendation recommendation = FACTORY.createRecommendation();
                Integer problem = Jdbc.getInteger(rs, "PROBLEM_NUM"); //$NON-NLS-1$
                recommendation.setProblem(problem == null ? null : problems.get(problem));
                recommendation.setAddresseeKind(Jdbc.getEnum(rs, "ADDRESSEE_KIND", AddresseeKind::getByName)); //$NON-NLS-1$
                recommendation.setAddressee(rs.getString("ADDRESSEE")); //$NON-NLS-1$
                recommendation.setOrganisationCode(rs.getString("ORGANISATION_CODE")); //$NON-NLS-1$
                recommendation.setMunicipalityCode(rs.getString("MUNICIPALITY_CODE")); //$NON-NLS-1$
                recommendation.setAction(rs.getString("ACTION_TEXT")); //$NON-NLS-1$
                recommendation.setDeadline(Jdbc.getDate(rs, "DEADLINE")); //$NON-NLS-1$
                recommendation.setDeadlineText(rs.getString("DEADLINE_TEXT")); //$NON-NLS-1$
                recommendation.setResponsible(rs.getString("RESPONSIBLE")); //$NON-NLS-1$
                recommendation.setIndicatorCode(rs.getString("INDICATOR_CODE")); //$NON-NLS-1$
                recommendation.setStatus(Jdbc.getEnum(rs, "STATUS", RecommendationStatus::getByName)); //$NON-NLS-1$
                analysis.getRecommendations().add(recommendation);
                recommendations.put(rs.getInt("NUM"), recommendation); //$NON-NLS-1$
            }
        }
        return recommendations;
    }

    private void readDecisions(Analysis analysis, Map<Integer, Recommendation> recommendations) throws SQLException {
        Map<Integer, Decision> decisions = new HashMap<>();
        try (ResultSet rs = query("SELECT * FROM DECISION WHERE CAMPAIGN_ID = ? ORDER BY NUM")) { //$NON-NLS-1$
            while (rs.next()) {
                Decision decision = FACTORY.createDecision();
                decision.setKind(Jdbc.getEnum(rs, "KIND", DecisionKind::getByName)); //$NON-NLS-1$
                decision.setTitle(rs.getString("TITLE")); //$NON-NLS-1$
                decision.setIssuer(rs.getString("ISSUER")); //$NON-NLS-1$
                decision.setNumber(rs.getString("DOC_NUMBER")); //$NON-NLS-1$
                decision.setDate(Jdbc.getDate(rs, "DOC_DATE")); //$NON-NLS-1$
                decision.setSignatory(rs.getString("SIGNATORY")); //$NON-NLS-1$
                decision.setNote(rs.getString("NOTE")); //$NON-NLS-1$
                analysis.getDecisions().add(decision);
                decisions.put(rs.getInt("NUM"), decision); //$NON-NLS-1$
            }
        }
        try (ResultSet rs = query("SELECT DECISION_NUM, RECOMMENDATION_NUM FROM DECISION_RECOMMENDATION " //$NON-NLS-1$
                + "WHERE CAMPAIGN_ID = ? ORDER BY DECISION_NUM, RECOMMENDATION_NUM")) { //$NON-NLS-1$
            while (rs.next()) {
                decisions.get(rs.getInt(1)).getAdoptedRecommendations().add(recommendations.get(rs.getInt(2)));
            }
        }
    }

    /** The statement closes with its result set ({@code closeOnCompletion}). */
    private ResultSet query(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.closeOnCompletion();
        statement.setString(1, campaignId);
        return statement.executeQuery();
    }
}
