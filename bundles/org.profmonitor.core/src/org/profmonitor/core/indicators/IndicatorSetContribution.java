package org.profmonitor.core.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;

/**
 * One loaded indicator set of a region bundle, with its directory and demo campaigns. Obtained from
 * {@link IndicatorSetRegistry}; the model objects belong to the registry and are replaced on
 * {@link IndicatorSetRegistry#reload()}, so callers must not change them.
 *
 * @param id the id of the {@code indicatorSet} element, e.g. {@code org.profmonitor.region.tver.set2022};
 *            never renamed, workspace copies are found by it
 * @param bundleName the symbolic name of the contributing bundle
 * @param bundleVersion the version of the contributing bundle
 * @param indicatorSet the set in effect: the workspace copy if there is a valid one, else the shipped set
 * @param directory the region's municipalities and organisations (always the shipped file)
 * @param demoCampaigns the demo campaigns that could be loaded, in contribution order
 * @param origin where {@code indicatorSet} comes from
 * @param source the file {@code indicatorSet} was loaded from
 */
public record IndicatorSetContribution(String id, String bundleName, String bundleVersion, IndicatorSet indicatorSet,
        Directory directory, List<DemoCampaign> demoCampaigns, Origin origin, URI source) {

    /** Rejects missing parts and freezes the list. */
    public IndicatorSetContribution {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(bundleName, "bundleName"); //$NON-NLS-1$
        Objects.requireNonNull(indicatorSet, "indicatorSet"); //$NON-NLS-1$
        Objects.requireNonNull(directory, "directory"); //$NON-NLS-1$
        Objects.requireNonNull(origin, "origin"); //$NON-NLS-1$
        demoCampaigns = List.copyOf(demoCampaigns);
    }

    /**
     * @param campaignId the id of a {@code demoCampaign} element
     * @return that demo campaign, if it was loaded
     */
    public Optional<DemoCampaign> demoCampaign(String campaignId) {
        return demoCampaigns.stream().filter(demo -> demo.id().equals(campaignId)).findFirst();
    }

    /**
     * Finds the demo campaign to compare a demo campaign with (for {@code prev()} and "not below
     * last year"): the campaign's {@code previous} reference if it names one of the demo campaigns,
     * otherwise the demo campaign of the academic year just before (2021/22 for 2022/23), because
     * the region bundles' campaign files do not always carry the reference.
     *
     * @param demo one of {@link #demoCampaigns()}
     * @return the previous demo campaign, or empty if there is none
     */
    public Optional<DemoCampaign> previousOf(DemoCampaign demo) {
        Campaign previous = demo.campaign().getPrevious();
        if (previous != null && previous.getId() != null) {
            Optional<DemoCampaign> named = demoCampaigns.stream()
                    .filter(other -> previous.getId().equals(other.campaign().getId())).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        Optional<String> year = AcademicYears.previous(demo.campaign().getAcademicYear());
        return year.flatMap(y -> demoCampaigns.stream().filter(other -> other != demo)
                .filter(other -> y.equals(AcademicYears.normalise(other.campaign().getAcademicYear()))).findFirst());
    }

    /** @return the region's name from the directory, e.g. «Тверская область», or the set's region code */
    public String regionName() {
        if (directory.getRegion() != null && directory.getRegion().getName() != null) {
            return directory.getRegion().getName();
        }
        return indicatorSet.getRegionCode();
    }
}
