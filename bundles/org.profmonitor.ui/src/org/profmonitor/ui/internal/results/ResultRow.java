package org.profmonitor.ui.internal.results;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.core.formula.ResultType;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.ui.internal.Messages;

/**
 * One line of the results view: an indicator for a unit, formatted as the reports state it. The
 * figures come computed from the headless calculation; this only turns them into text.
 *
 * @param level            the unit's level
 * @param criterionCode    the indicator's criterion
 * @param indicatorCode    the indicator's code
 * @param indicatorName    its name
 * @param unitCode         the unit's code
 * @param unitName         its name
 * @param municipalityCode the municipality the unit is or lies in, {@code null} for the region
 * @param value            the value as text («71,4 %», «нет данных»)
 * @param fraction         numerator and denominator («5 из 7»), or empty
 * @param plan             the plan value, or a dash
 * @param reached          whether the plan is reached, {@code null} when undetermined
 * @param previous         last year's value, or a dash
 * @param change           the change against last year, or a dash
 * @param rank             the unit's place among its level for the indicator (1 is best), or {@code null}
 * @param number           the value as a number for the chart, {@code null} without data
 * @param target           the plan value as a number, or {@code null}
 * @param percent          whether the value is a percentage
 * @param previousNumber   last year's value as a number, {@code null} without one
 */
public record ResultRow(UnitLevel level, String criterionCode, String indicatorCode, String indicatorName,
		String unitCode, String unitName, String municipalityCode, String value, String fraction, String plan,
		Boolean reached, String previous, String change, Integer rank, Double number, Double target,
		boolean percent, Double previousNumber) {

	private static final String DASH = "\u2014"; //$NON-NLS-1$

	/**
	 * @param computed a computed indicator
	 * @param format   the display format of the users' language
	 * @param rank     its rank from {@code Rankings}, or {@code null}
	 * @return its line
	 */
	public static ResultRow of(IndicatorValue computed, FormulaFormat format, Integer rank) {
		FormulaResult result = computed.result();
		FormulaResult previous = computed.previous();
		boolean percent = result.type() == ResultType.PERCENT;
		String plan;
		if (computed.target() != null) {
			plan = percent ? format.formatPercent(computed.target()) : format.formatCount(computed.target());
		} else {
			// decided without a plan value: the only other kind of target is "not below last year"
			plan = computed.reached() != null ? Messages.Results_PlanPrevious : DASH;
		}
		String last = previous == null ? DASH : format.format(previous);
		String change = DASH;
		if (previous != null && previous.hasValue() && result.hasValue()) {
			double difference = result.value() - previous.value();
			String number = (difference > 0 ? "+" : "") + format.formatNumber(difference); //$NON-NLS-1$ //$NON-NLS-2$
			change = percent ? NLS.bind(Messages.Results_ChangePoints, number) : number;
		}
		String criterion = computed.indicator().getCriterion() == null ? "" //$NON-NLS-1$
				: computed.indicator().getCriterion().getCode();
		return new ResultRow(computed.unit().level(), criterion, computed.indicator().getCode(),
				computed.indicator().getName(), computed.unit().code(), computed.unit().name(),
				computed.unit().municipalityCode(), format.format(result), format.formatFraction(result), plan,
				computed.reached(), last, change, rank, computed.value(), computed.target(), percent,
				previous != null && previous.hasValue() ? previous.value() : null);
	}

	/**
	 * @return the value the plan asks for as a number: the plan value, or last year's for a plan
	 *         "not below last year"; {@code null} when there is none
	 */
	public Double planNumber() {
		if (target != null) {
			return target;
		}
		return reached != null ? previousNumber : null;
	}

	/** @return the rank as text, or a dash */
	public String rankText() {
		return rank == null ? DASH : rank.toString();
	}

	/** @return «да», «нет» or a dash */
	public String reachedText() {
		if (reached == null) {
			return DASH;
		}
		return reached ? Messages.Results_Yes : Messages.Results_No;
	}
}
