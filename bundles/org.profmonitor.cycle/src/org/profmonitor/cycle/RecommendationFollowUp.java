package org.profmonitor.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Recommendation;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;

/**
 * What became of the previous campaign's recommendations: for each one aimed at an indicator, the
 * indicator for its addressee's unit (the named organisation, the municipality, or the region)
 * then and now, and whether it improved in the indicator's direction.
 */
public final class RecommendationFollowUp {

	private static final double TOLERANCE = 1e-9;

	/** How the targeted indicator moved. */
	public enum Effect {
		/** Better than before in the indicator's direction. */
		IMPROVED,
		/** The same value. */
		UNCHANGED,
		/** Worse than before. */
		WORSENED,
		/** A value is missing then or now, or the indicator has no direction. */
		NO_DATA
	}

	/**
	 * One recommendation of the previous campaign followed up.
	 *
	 * @param number         its number in the previous campaign's analysis, from 1
	 * @param recommendation the recommendation
	 * @param unitCode       the unit its indicator is judged for
	 * @param unitName       that unit's name
	 * @param before         the indicator in the previous campaign, or {@code null}
	 * @param now            the indicator now, or {@code null}
	 * @param reachedNow     whether the plan is reached now; {@code null} if undetermined
	 * @param effect         how the indicator moved
	 */
	public record Row(int number, Recommendation recommendation, String unitCode, String unitName, Double before,
			Double now, Boolean reachedNow, Effect effect) {
	}

	private final Store store;
	private final IndicatorSetRegistry registry;
	private final LocalDate today;

	/**
	 * @param store    the open database
	 * @param registry the installed indicator sets
	 * @param today    the day, for an analysis of the previous campaign made on the way
	 */
	public RecommendationFollowUp(Store store, IndicatorSetRegistry registry, LocalDate today) {
		this.store = store;
		this.registry = registry;
		this.today = today;
	}

	/**
	 * @param campaignId the campaign that follows up
	 * @return the previous campaign's recommendations with an indicator, in their order; empty when
	 *         the campaign names no previous campaign or the database does not have it
	 * @throws CycleException when a campaign or its set is unknown
	 * @throws StoreException when the database fails
	 */
	public List<Row> rows(String campaignId) throws CycleException, StoreException {
		CampaignContext campaign = CampaignContext.resolve(store, registry, campaignId);
		String previousId = campaign.info().previousId();
		if (previousId == null || store.campaigns().find(previousId).isEmpty()) {
			return List.of();
		}
		Analysis previous = new CampaignAnalysis(store, registry, today).stored(previousId);
		Map<String, IndicatorValue> values = new HashMap<>();
		for (IndicatorValue value : new ResultCalculation(store, campaign).compute(List.of())) {
			values.put(value.indicator().getCode() + '\u0000' + value.unit().code(), value);
		}
		Units units = new Units(campaign.directory());
		List<Row> rows = new ArrayList<>();
		int number = 0;
		for (Recommendation recommendation : previous.getRecommendations()) {
			number++;
			if (recommendation.getIndicatorCode() == null) {
				continue;
			}
			String unitCode = recommendation.getOrganisationCode() != null ? recommendation.getOrganisationCode()
					: recommendation.getMunicipalityCode() != null ? recommendation.getMunicipalityCode()
							: units.region().code();
			IndicatorValue value = values.get(recommendation.getIndicatorCode() + '\u0000' + unitCode);
			Double before = value == null || value.previous() == null ? null : value.previous().value();
			Double now = value == null ? null : value.value();
			String unitName = units.find(unitCode).map(unit -> unit.name()).orElse(unitCode);
			rows.add(new Row(number, recommendation, unitCode, unitName, before, now,
					value == null ? null : value.reached(), effect(value, before, now)));
		}
		return rows;
	}

	private static Effect effect(IndicatorValue value, Double before, Double now) {
		if (value == null || before == null || now == null || value.indicator().getDirection() == Direction.NEUTRAL) {
			return Effect.NO_DATA;
		}
		double change = value.indicator().getDirection() == Direction.LOWER_IS_BETTER ? before - now : now - before;
		if (Math.abs(change) <= TOLERANCE) {
			return Effect.UNCHANGED;
		}
		return change > 0 ? Effect.IMPROVED : Effect.WORSENED;
	}
}
