package org.profmonitor.ui.internal.entry;

import java.util.HashMap;
import java.util.Map;

import org.profmonitor.exchange.ImportProblem;
import org.profmonitor.exchange.Location;
import org.profmonitor.exchange.internal.ConsistencyChecker;
import org.profmonitor.exchange.internal.ImportCollector;
import org.profmonitor.model.Organisation;

/**
 * Checks one organisation's row with exactly the rules of the import (number, count whole and not
 * negative, flag 0/1, the element's range, parts not above their whole, part groups not above
 * it): a value typed here and a value imported from a workbook are refused for the same reasons,
 * with the same messages. Cells are handed to the import's collector with their row and column as
 * the location, so each problem comes back to its cell.
 */
final class GridValidation {

	/* the location's sheet: any non-null name makes columns 1-based cell positions */
	private static final String SHEET = "grid"; //$NON-NLS-1$

	private GridValidation() {
	}

	/**
	 * @param grid  the grid, for its campaign, rows and columns
	 * @param row   the row checked
	 * @param texts the row's non-empty texts by column
	 * @return the problem of each failing column
	 */
	static Map<Integer, String> validate(EntryGrid grid, int row, Map<Integer, String> texts) {
		ImportCollector collector = new ImportCollector(grid.reference());
		Organisation organisation = grid.organisations().get(row);
		for (int column = 0; column < grid.elements().size(); column++) {
			String text = texts.get(column);
			// an emptied stored value is reported as empty: the store keeps values, it does not delete them
			if (text != null || grid.isStored(row, column)) {
				collector.text(organisation, grid.elements().get(column), null, text,
						new Location(null, SHEET, row + 1, column + 1));
			}
		}
		new ConsistencyChecker(collector).run();
		Map<Integer, String> problems = new HashMap<>();
		for (ImportProblem problem : collector.problems()) {
			problems.putIfAbsent(problem.column() - 1, problem.message());
		}
		return problems;
	}
}
