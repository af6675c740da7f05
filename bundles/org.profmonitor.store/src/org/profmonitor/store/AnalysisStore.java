/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.store.internal.AnalysisReader;
import org.profmonitor.store.internal.AnalysisWriter;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.Jdbc;
import org.profmonitor.store.internal.Messages;

/**
 * The analysis of campaigns: indicator results, problems, addressed recommendations and the
 * decisions that adopt them. Obtained from {@link Store#analyses()}.
 * <p>
 * Problems, recommendations and decisions are numbered from 1 in the order of the analysis'
 * lists, as the documents number them; a recommendation is named by its campaign and number.
 */
public final class AnalysisStore {

    private final Database database;

    AnalysisStore(Database database) {
        this.database = database;
    }

    /**
     * Replaces the whole analysis of a campaign (results, problems, recommendations with their
     * status, decisions) in one transaction.
     *
     * @param campaignId the campaign
     * @param analysis   the analysis; its own campaign reference is not stored
     * @throws StoreException when the campaign does not exist or the database refuses the
     *                        analysis; the previous analysis then stays as it was
     */
    public void save(String campaignId, Analysis analysis) throws StoreException {
        Objects.requireNonNull(analysis, "analysis"); //$NON-NLS-1$
        database.inTransaction(connection -> {
            if (!CampaignStore.exists(connection, campaignId)) {
                throw new StoreException(NLS.bind(Messages.Store_campaignUnknown, campaignId));
            }
            new AnalysisWriter(connection, campaignId).replace(analysis);
            return null;
        });
    }

    /**
     * @param campaignId the campaign
     * @return its analysis with the links between problems, recommendations and decisions, and
     *         without its campaign (the caller sets it); empty when none was saved
     * @throws StoreException when the database fails
     */
    public Optional<Analysis> load(String campaignId) throws StoreException {
        return database.read(connection -> new AnalysisReader(connection, campaignId).read());
    }

    /**
     * @param campaignId the campaign
     * @param number     the recommendation's number, from 1
     * @param status     its new status
     * @param user       who changes it
     * @throws StoreException when there is no such recommendation
     */
    public void updateRecommendationStatus(String campaignId, int number, RecommendationStatus status, String user)
            throws StoreException {
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE RECOMMENDATION SET STATUS = ?, " //$NON-NLS-1$
                    + "STATUS_CHANGED_AT = ?, STATUS_CHANGED_BY = ? WHERE CAMPAIGN_ID = ? AND NUM = ?")) { //$NON-NLS-1$
                Jdbc.setEnum(update, 1, status);
                update.setTimestamp(2, Timestamp.from(Instant.now()));
                update.setString(3, user);
                update.setString(4, campaignId);
                update.setInt(5, number);
                if (update.executeUpdate() == 0) {
                    throw new StoreException(NLS.bind(Messages.Store_recommendationUnknown, campaignId, number));
                }
            }
            return null;
        });
    }
}
