package org.profmonitor.cycle;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.internal.Messages;
import org.profmonitor.model.Campaign;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * A campaign of the database together with what the database does not hold: its indicator set and
 * the region's directory, which live in an installed region bundle.
 *
 * @param info         the campaign's metadata as stored
 * @param contribution the installed indicator set the campaign uses
 */
public record CampaignContext(CampaignInfo info, IndicatorSetContribution contribution) {

	/** Rejects missing parts. */
	public CampaignContext {
		Objects.requireNonNull(info, "info"); //$NON-NLS-1$
		Objects.requireNonNull(contribution, "contribution"); //$NON-NLS-1$
	}

	/**
	 * Finds a campaign in the database and the installed set it refers to.
	 *
	 * @param store      the open database
	 * @param registry   the installed indicator sets
	 * @param campaignId the campaign's id
	 * @return the campaign with its set and directory
	 * @throws CycleException when the campaign is not in the database or its set is not installed
	 * @throws StoreException when the database fails
	 */
	public static CampaignContext resolve(Store store, IndicatorSetRegistry registry, String campaignId)
			throws CycleException, StoreException {
		CampaignInfo info = store.campaigns().find(campaignId).orElseThrow(() -> new CycleException(
				NLS.bind(Messages.CampaignUnknown, campaignId, store.location().displayName())));
		return new CampaignContext(info, contribution(registry, info));
	}

	/*
	 * The store keeps the id the campaign names its set by; demo campaigns are stored with the
	 * contribution's id, campaigns from other sources may carry the model set's own id.
	 */
	private static IndicatorSetContribution contribution(IndicatorSetRegistry registry, CampaignInfo info)
			throws CycleException {
		String setId = info.indicatorSetId();
		for (IndicatorSetContribution contribution : registry.contributions()) {
			if (setId.equals(contribution.id()) || setId.equals(contribution.indicatorSet().getId())) {
				return contribution;
			}
		}
		throw new CycleException(NLS.bind(Messages.SetNotInstalled, setId, info.id()));
	}

	/** @return the campaign's id */
	public String id() {
		return info.id();
	}

	/** @return the indicator set in effect */
	public IndicatorSet indicatorSet() {
		return contribution.indicatorSet();
	}

	/** @return the region's municipalities and organisations */
	public Directory directory() {
		return contribution.directory();
	}

	/** @return a new model campaign with the set, without values */
	public Campaign toCampaign() {
		return info.toCampaign(indicatorSet());
	}
}
