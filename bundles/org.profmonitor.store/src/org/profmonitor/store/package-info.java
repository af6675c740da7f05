/**
 * The ProfMonitor store: everything of a monitoring cycle in an Apache Derby database.
 * <p>
 * {@link org.profmonitor.store.Store#open(StoreLocation)} opens a database (embedded in a folder,
 * in memory, or on a Derby network server), brings its schema up to date and hands out the parts
 * that read and write it: {@link org.profmonitor.store.CampaignStore campaigns},
 * {@link org.profmonitor.store.ValueStore collected values with their audit} and
 * {@link org.profmonitor.store.AnalysisStore results, problems, recommendations and decisions}.
 * Every write is one transaction: it happens completely or not at all. Failures arrive as
 * {@link org.profmonitor.store.StoreException} with a message for the user.
 */
package org.profmonitor.store;
