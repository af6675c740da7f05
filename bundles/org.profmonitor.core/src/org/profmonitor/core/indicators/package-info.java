/**
 * The indicator sets of the installed region bundles: {@link org.profmonitor.core.indicators.IndicatorSetRegistry}
 * reads the contributions to the extension point {@code org.profmonitor.core.indicatorSets}
 * (each an {@link org.profmonitor.core.indicators.IndicatorSetContribution} with its set, directory
 * and {@link org.profmonitor.core.indicators.DemoCampaign demo campaigns}), reports broken ones in
 * the log and lets power users keep a workspace copy of a set that takes precedence over the
 * shipped one. {@link org.profmonitor.core.indicators.IndicatorSetEnvironment} makes a set the
 * environment of the formula language.
 */
package org.profmonitor.core.indicators;
