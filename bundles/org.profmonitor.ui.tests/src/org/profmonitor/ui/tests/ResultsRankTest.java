package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.ui.internal.results.ResultRow;
import org.profmonitor.ui.internal.results.ResultsView;

/**
 * The results' rank column and chart on Tver's 2022/23 campaign, indicator K1_1 (seed 002):
 * Жарковский район has 100 % and shares the first place; Молоковский has 0 %, the only one, so it
 * is last; the chart draws K1_1 for every municipality.
 */
class ResultsRankTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$

	private static ResultsView results;

	@BeforeAll
	static void computeResults() {
		Workbench.freshDatabase("ranks"); //$NON-NLS-1$
		results = Workbench.view(ResultsView.ID);
		results.showCampaign(CAMPAIGN);
		Workbench.await(results.job());
		results.choose(UnitLevel.MUNICIPALITY, "K1", null); //$NON-NLS-1$
	}

	private static List<ResultRow> k11() {
		return ((List<?>) results.viewer().getInput()).stream().map(ResultRow.class::cast)
				.filter(row -> row.level() == UnitLevel.MUNICIPALITY && row.indicatorCode().equals("K1_1")).toList();
	}

	private static ResultRow k11(String municipality) {
		return k11().stream().filter(row -> row.unitCode().equals(municipality)).findFirst().orElseThrow();
	}

	@Test
	void zharkovskyIsFirstAndMolokovskyLast() {
		ResultRow zharkovsky = k11("TVR-ZHA");
		assertEquals("100,0 %", zharkovsky.value().replace('\u00a0', ' '));
		assertEquals(Integer.valueOf(1), zharkovsky.rank());
		ResultRow molokovsky = k11("TVR-MOL");
		long ranked = k11().stream().filter(row -> row.rank() != null).count();
		assertTrue(ranked > 10, "Tver's municipalities are ranked: " + ranked);
		assertEquals(Integer.valueOf((int) ranked), molokovsky.rank(), "0 %, the only one: the last place");
		assertEquals(Long.toString(ranked), molokovsky.rankText());
		// the table shows it in its rank column, beside the value
		int rankColumn = List.of(results.viewer().getTable().getColumns()).stream().map(TableColumn::getText).toList()
				.indexOf("Место");
		assertEquals(4, rankColumn, "after code, name, unit and value");
		TableItem molokovskyItem = java.util.Arrays.stream(results.viewer().getTable().getItems())
				.filter(item -> item.getData() == molokovsky).findFirst().orElseThrow();
		assertEquals(Long.toString(ranked), molokovskyItem.getText(rankColumn));
	}

	@Test
	void theChartDrawsTheSelectedIndicatorForEveryMunicipality() throws Exception {
		results.viewer().setSelection(new StructuredSelection(k11("TVR-MOL")), true);
		Workbench.flush();
		List<ResultRow> bars = results.chartRows();
		assertEquals(k11().size(), bars.size());
		assertTrue(bars.stream().allMatch(row -> row.indicatorCode().equals("K1_1")));
		assertTrue(bars.size() > 30, "every municipality of Tver: " + bars.size());
		// the picture: K2_1, whose plan of 100 % most municipalities miss
		results.choose(UnitLevel.MUNICIPALITY, "K2", null); //$NON-NLS-1$
		ResultRow k21 = ((List<?>) results.viewer().getInput()).stream().map(ResultRow.class::cast)
				.filter(row -> row.level() == UnitLevel.MUNICIPALITY && row.indicatorCode().equals("K2_1"))
				.findFirst().orElseThrow();
		results.viewer().setSelection(new StructuredSelection(k21), true);
		assertTrue(results.chartRows().stream().allMatch(row -> row.indicatorCode().equals("K2_1")));
		IWorkbenchPartReference reference = Workbench.page().getReference(results);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.flush();
		Path folder = ImportWizardTest.screenshots();
		ScreenshotTest.save(results.viewer().getControl().getParent().getParent(), folder.resolve("results-chart.png")); //$NON-NLS-1$
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		results.choose(UnitLevel.MUNICIPALITY, "K1", null); //$NON-NLS-1$
	}
}
