/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.store.internal.AnalysisReader;
import org.profmonitor.store.internal.AnalysisWriter;
import org.profmonitor.store.internal.Database;
import org.profmonitor.store.internal.RecommendationUpdater;
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
        updateRecommendation(campaignId, number, new RecommendationEdit(status, null, null, null), user);
    }

    /**
     * Changes a recommendation as a user edits it, and keeps each changed field with who and when in
     * the campaign's {@link #recommendationHistory(String) history}.
     *
     * @param campaignId the campaign
     * @param number     the recommendation's number, from 1
     * @param edit       what changes
     * @param user       who changes it
     * @return the changes made, none when nothing differed
     * @throws StoreException when there is no such recommendation; nothing is changed then
     */
    public List<RecommendationChange> updateRecommendation(String campaignId, int number, RecommendationEdit edit,
            String user) throws StoreException {
        Objects.requireNonNull(edit, "edit"); //$NON-NLS-1$
        Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        return database.inTransaction(connection -> new RecommendationUpdater(connection, campaignId)
                .apply(number, edit, user));
    }

    /**
     * @param campaignId the campaign
     * @return every change users made to its recommendations, oldest first; a new analysis of the
     *         campaign does not rewrite it
     * @throws StoreException when the database fails
     */
    public List<RecommendationChange> recommendationHistory(String campaignId) throws StoreException {
        return database.read(connection -> new RecommendationUpdater(connection, campaignId).history());
    }
}
