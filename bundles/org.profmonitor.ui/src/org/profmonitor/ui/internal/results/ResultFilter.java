package org.profmonitor.ui.internal.results;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.profmonitor.model.UnitLevel;

/**
 * The results view's choice: one level, optionally one criterion and one municipality. The region
 * line is kept whatever municipality is chosen, as the comparison figure.
 */
final class ResultFilter extends ViewerFilter {

	private UnitLevel level = UnitLevel.MUNICIPALITY;
	private String criterionCode;
	private String municipalityCode;

	void set(UnitLevel newLevel, String criterion, String municipality) {
		level = newLevel;
		criterionCode = criterion;
		municipalityCode = municipality;
	}

	UnitLevel level() {
		return level;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		ResultRow row = (ResultRow) element;
		if (row.level() != level) {
			return false;
		}
		if (criterionCode != null && !criterionCode.equals(row.criterionCode())) {
			return false;
		}
		return municipalityCode == null || row.level() == UnitLevel.REGION
				|| municipalityCode.equals(row.municipalityCode());
	}
}
