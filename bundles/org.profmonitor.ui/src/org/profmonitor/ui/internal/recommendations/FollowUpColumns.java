package org.profmonitor.ui.internal.recommendations;

import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Color;
import org.profmonitor.core.formula.FormulaFormat;
import org.profmonitor.cycle.RecommendationFollowUp.Effect;
import org.profmonitor.cycle.RecommendationFollowUp.Row;
import org.profmonitor.ui.internal.Messages;

/**
 * The follow-up table: the previous campaign's recommendations with the indicator they aimed at,
 * then and now. The effect is green when the indicator improved, red when it worsened.
 */
final class FollowUpColumns {

	private static final Color IMPROVED = new Color(200, 235, 200);
	private static final Color WORSENED = new Color(250, 205, 205);
	private static final String DASH = "\u2014"; //$NON-NLS-1$

	private FollowUpColumns() {
	}

	static void create(TableViewer viewer) {
		FormulaFormat format = FormulaFormat.russian();
		add(viewer, Messages.Recommendations_Number, 40, row -> Integer.toString(row.number()), false);
		add(viewer, Messages.Recommendations_Addressee, 240, row -> row.recommendation().getAddressee(), false);
		add(viewer, Messages.Recommendations_Action, 360, row -> row.recommendation().getAction(), false);
		add(viewer, Messages.Recommendations_Indicator, 80, row -> row.recommendation().getIndicatorCode(), false);
		add(viewer, Messages.Recommendations_Unit, 220, Row::unitName, false);
		add(viewer, Messages.Recommendations_Before, 90, row -> row.before() == null ? DASH : format.formatNumber(row.before().doubleValue()),
				false);
		add(viewer, Messages.Recommendations_Now, 90, row -> row.now() == null ? DASH : format.formatNumber(row.now().doubleValue()), false);
		add(viewer, Messages.Recommendations_Effect, 120, row -> effect(row.effect()), true);
	}

	static String effect(Effect effect) {
		return switch (effect) {
		case IMPROVED -> Messages.Recommendations_EffectImproved;
		case UNCHANGED -> Messages.Recommendations_EffectUnchanged;
		case WORSENED -> Messages.Recommendations_EffectWorsened;
		case NO_DATA -> Messages.Recommendations_EffectNoData;
		};
	}

	private static void add(TableViewer viewer, String title, int width, Function<Row, String> text, boolean coloured) {
		TextColumn.add(viewer, title, width, Row.class, text, row -> !coloured ? null
				: row.effect() == Effect.IMPROVED ? IMPROVED : row.effect() == Effect.WORSENED ? WORSENED : null);
	}
}
