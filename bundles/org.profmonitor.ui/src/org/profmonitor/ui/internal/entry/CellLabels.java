package org.profmonitor.ui.internal.entry;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;

/** A data element's cells: the typed text, red with the problem as tooltip, yellow when not saved yet. */
final class CellLabels extends ColumnLabelProvider {

	/* device-independent colours, not disposed */
	static final Color PROBLEM = new Color(255, 205, 205);
	private static final Color CHANGED = new Color(255, 245, 190);

	private final EntryGrid grid;
	private final int column;

	CellLabels(EntryGrid grid, int column) {
		this.grid = grid;
		this.column = column;
	}

	@Override
	public String getText(Object row) {
		return grid.text((Integer) row, column);
	}

	@Override
	public Color getBackground(Object row) {
		int index = (Integer) row;
		if (grid.problem(index, column) != null) {
			return PROBLEM;
		}
		return grid.isChanged(index, column) ? CHANGED : null;
	}

	@Override
	public String getToolTipText(Object row) {
		String problem = grid.problem((Integer) row, column);
		return problem != null ? problem : ElementHeader.tooltip(grid.elements().get(column));
	}
}
