package org.profmonitor.region.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.formula.FormulaFormat;

/** Asserts one row of a region's {@code data/GOLDEN.md} against the computed figure. */
public final class GoldenFigures {

	/** How the reports show figures: one decimal, a comma, "71,4 %". */
	public static final FormulaFormat FORMAT = FormulaFormat.russian();

	private GoldenFigures() {
	}

	/**
	 * @param numerator the expected numerator, or the value of a sum or count
	 * @param denominator the expected denominator; {@code null} for a sum or a count
	 * @param shown the value as the reports show it
	 * @param reached "yes", "no", "none" (the indicator has no plan for the unit) or {@code null} (not
	 *        asserted)
	 * @param goldenRow the row of GOLDEN.md, for the failure message
	 */
	public static void assertGolden(RegionUnderTest region, String campaign, String indicator, String unit,
			double numerator, Double denominator, String shown, String reached, String goldenRow) throws IOException {
		IndicatorValue value = region.compute(campaign, indicator, unit);

		assertTrue(value.result().hasValue(), () -> goldenRow + ": " + value.result());
		if (denominator == null) {
			// A sum or a count: GOLDEN.md gives its value as the numerator.
			assertEquals(numerator, value.value(), indicator + " value");
		} else {
			assertEquals(numerator, value.result().numerator(), indicator + " numerator");
			assertEquals(denominator, value.result().denominator(), indicator + " denominator");
		}
		assertEquals(shown, FORMAT.format(value.result()));
		if ("none".equals(reached)) {
			assertNull(value.reached(), indicator + " has no plan");
		} else if (reached != null) {
			assertEquals("yes".equals(reached), value.reached(), indicator + " plan reached");
		}
	}
}
