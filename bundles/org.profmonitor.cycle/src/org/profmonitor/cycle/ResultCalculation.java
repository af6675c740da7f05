package org.profmonitor.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.DisaggregatedValue;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.ValueChange;

/**
 * Computes a campaign's indicators from the values in the database, compared with the stored
 * previous campaign (when the database has it) for {@code prev()} and "not below last year".
 * The figures are read once, on first use, both campaigns in one scan of the table; the
 * calculator evaluates them in its columnar form. After the user's edits are written,
 * {@link #edited} gives the calculation over the changed figures without reading the database
 * again: what the results view does on a save.
 */
public final class ResultCalculation {

	private static final String TOTAL = ""; //$NON-NLS-1$

	private final Store store;
	private final CampaignContext campaign;
	private Map<String, CampaignValues> current;
	private Map<String, CampaignValues> previous;
	/* the totals' calculator, kept so that an edit reuses its compiled formulas, targets and indices */
	private IndicatorCalculator total;
	/* the units of each choice of levels, the same lists every time: the calculator remembers their indices by list */
	private final Map<List<UnitLevel>, List<Unit>> units;

	/**
	 * @param store    the open database
	 * @param campaign the campaign computed
	 */
	public ResultCalculation(Store store, CampaignContext campaign) {
		this.store = store;
		this.campaign = campaign;
		this.units = new HashMap<>();
	}

	private ResultCalculation(ResultCalculation base) {
		this.store = base.store;
		this.campaign = base.campaign;
		this.units = base.units;
	}

	/**
	 * @param levels the unit levels to compute, in output order; empty for all three
	 * @return every indicator of the set for every unit of the levels, indicators in set order
	 * @throws StoreException when the database fails
	 */
	public List<IndicatorValue> compute(List<UnitLevel> levels) throws StoreException {
		return total().computeAll(units(levels));
	}

	/**
	 * The calculation after values of this campaign were written, computed in memory from the
	 * figures read before and the changes: the same results as a calculation that reads the
	 * database again, as long as nobody else wrote the campaign meanwhile. This one is unchanged.
	 *
	 * @param changes the values written, in the order they were written
	 * @return a calculation over the changed figures
	 * @throws StoreException when the figures had not been read yet and the database fails
	 */
	public ResultCalculation edited(List<ValueChange> changes) throws StoreException {
		IndicatorCalculator totals = total();
		Map<String, CampaignValues> figures = new HashMap<>(current);
		for (ValueChange change : changes) {
			if (TOTAL.equals(change.disaggregation())) {
				totals = totals.edited(change.organisationCode(), change.elementCode(), change.value());
			} else {
				CampaignValues before = figures.getOrDefault(change.disaggregation(), CampaignValues.of(Map.of()));
				figures.put(change.disaggregation(),
						before.with(change.organisationCode(), change.elementCode(), change.value()));
			}
		}
		figures.put(TOTAL, totals.current());
		ResultCalculation edited = new ResultCalculation(this);
		edited.current = figures;
		edited.previous = previous;
		edited.total = totals;
		return edited;
	}

	/** @return the campaign computed */
	public CampaignContext campaign() {
		return campaign;
	}

	/**
	 * Computes the indicators that name disaggregations (e.g. «ОВЗ») over the figures of each
	 * disaggregation the campaign has data for.
	 *
	 * @param levels the unit levels to compute; empty for all three
	 * @return the disaggregated values, by disaggregation, then indicator, then unit
	 * @throws StoreException when the database fails
	 */
	public List<DisaggregatedValue> computeDisaggregated(List<UnitLevel> levels) throws StoreException {
		load();
		List<Unit> units = units(levels);
		List<DisaggregatedValue> values = new ArrayList<>();
		for (String disaggregation : current.keySet()) {
			if (TOTAL.equals(disaggregation)) {
				continue;
			}
			IndicatorCalculator calculator = null;
			for (Criterion criterion : campaign.indicatorSet().getCriteria()) {
				for (Indicator indicator : criterion.getIndicators()) {
					if (!indicator.getDisaggregations().contains(disaggregation)) {
						continue;
					}
					calculator = calculator != null ? calculator : calculator(disaggregation);
					for (Unit unit : units) {
						values.add(new DisaggregatedValue(disaggregation, calculator.compute(indicator, unit)));
					}
				}
			}
		}
		return values;
	}

	/**
	 * @return the campaign's raw totals, organisation × element
	 * @throws StoreException when the database fails
	 */
	public CampaignValues figures() throws StoreException {
		load();
		return current.getOrDefault(TOTAL, CampaignValues.of(Map.of()));
	}

	private IndicatorCalculator total() throws StoreException {
		if (total == null) {
			total = calculator(TOTAL);
		}
		return total;
	}

	private IndicatorCalculator calculator(String disaggregation) throws StoreException {
		load();
		CampaignValues now = current.getOrDefault(disaggregation, CampaignValues.of(Map.of()));
		CampaignValues before = previous == null ? null
				: previous.getOrDefault(disaggregation, CampaignValues.of(Map.of()));
		return new IndicatorCalculator(campaign.indicatorSet(), campaign.info().academicYear(), now, before);
	}

	private void load() throws StoreException {
		if (current != null) {
			return;
		}
		String previousId = campaign.info().previousId();
		boolean withPrevious = previousId != null && store.campaigns().find(previousId).isPresent();
		// both campaigns in one scan of the table
		Map<String, Map<String, CampaignValues>> read = StoredCampaignValues.readCampaigns(store,
				withPrevious ? List.of(campaign.id(), previousId) : List.of(campaign.id()));
		current = read.get(campaign.id());
		previous = withPrevious ? read.get(previousId) : null;
	}

	private List<Unit> units(List<UnitLevel> levels) {
		synchronized (units) {
			return units.computeIfAbsent(List.copyOf(levels), this::select);
		}
	}

	private List<Unit> select(List<UnitLevel> levels) {
		Units directory = new Units(campaign.directory());
		List<Unit> selected = new ArrayList<>();
		for (UnitLevel level : levels.isEmpty() ? List.of(UnitLevel.ORGANISATION, UnitLevel.MUNICIPALITY,
				UnitLevel.REGION) : levels) {
			selected.addAll(directory.of(level));
		}
		return List.copyOf(selected);
	}
}
