/**
 * Computing a campaign's indicators: {@link org.profmonitor.core.compute.CampaignValues} (the raw
 * figures), {@link org.profmonitor.core.compute.Units} (organisations, municipalities and the
 * region of a directory) and {@link org.profmonitor.core.compute.IndicatorCalculator}, which
 * evaluates every formula per unit (Σ numerators / Σ denominators, never an average of
 * percentages) and decides whether the plan is reached from the indicator's targets and direction.
 */
package org.profmonitor.core.compute;
