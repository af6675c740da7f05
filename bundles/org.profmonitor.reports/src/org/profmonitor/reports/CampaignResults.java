package org.profmonitor.reports;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;

/**
 * Everything a report of a campaign is made from, as the caller computed it: the reports bundle
 * knows no database, so the command line or the workbench compute the values (from the store) and
 * hand them over here.
 *
 * @param set the indicator set in effect
 * @param campaign the campaign (title, academic year, opening order, period)
 * @param directory the region's municipalities and organisations
 * @param reporting the codes of the organisations that reported figures
 * @param values the computed indicators, for every unit the reports show (organisations,
 *            municipalities, the region); a missing unit is shown as "no data"
 * @param analysis the stored analysis (problems, recommendations), or {@code null} when the campaign
 *            has none yet
 */
public record CampaignResults(IndicatorSet set, Campaign campaign, Directory directory, Set<String> reporting,
        List<IndicatorValue> values, Analysis analysis) {

    /** Rejects missing parts and freezes the collections. */
    public CampaignResults {
        Objects.requireNonNull(set, "set"); //$NON-NLS-1$
        Objects.requireNonNull(campaign, "campaign"); //$NON-NLS-1$
        Objects.requireNonNull(directory, "directory"); //$NON-NLS-1$
        reporting = Set.copyOf(reporting);
        values = List.copyOf(values);
    }

    /** @return the analysis, if the campaign has one */
    public Optional<Analysis> findAnalysis() {
        return Optional.ofNullable(analysis);
    }

    /** @return a copy with another analysis */
    public CampaignResults withAnalysis(Analysis other) {
        return new CampaignResults(set, campaign, directory, reporting, values, other);
    }

    /**
     * Computes a region's demo campaign from its CSV, for every unit, without a database (tests,
     * previews).
     *
     * @param contribution a loaded region contribution
     * @param demoCampaignId the id of one of its demo campaigns
     * @return the results, without an analysis
     * @throws NoSuchElementException if there is no such demo campaign
     * @throws IOException if the campaign's figures cannot be read
     */
    public static CampaignResults forDemoCampaign(IndicatorSetContribution contribution, String demoCampaignId)
            throws IOException {
        DemoCampaign demo = contribution.demoCampaign(demoCampaignId)
                .orElseThrow(() -> new NoSuchElementException(demoCampaignId));
        IndicatorCalculator calculator = IndicatorCalculator.forDemoCampaign(contribution, demoCampaignId);
        Units units = new Units(contribution.directory());
        return new CampaignResults(contribution.indicatorSet(), demo.campaign(), contribution.directory(),
                CampaignValues.read(demo.values()).organisations(), calculator.computeAll(units.all()), null);
    }
}
