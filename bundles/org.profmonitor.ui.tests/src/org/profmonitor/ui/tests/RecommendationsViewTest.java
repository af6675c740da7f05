package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.RecommendationFollowUp;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.RecommendationChange;
import org.profmonitor.store.Store;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.recommendations.RecommendationRow;
import org.profmonitor.ui.internal.recommendations.RecommendationsView;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * A methodologist opens the recommendations of Tver's 2022/23 campaign from the navigator, sees the
 * overdue ones in red, assigns one to a person and moves its deadline through the table's cell
 * editors, and analyses the campaign again: the edits are in the store's history and survive.
 */
class RecommendationsViewTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$
	private static final int RESPONSIBLE = 4;
	private static final int DEADLINE = 3;
	private static final int STATUS = 5;
	private static final RGB OVERDUE = new RGB(250, 205, 205);
	private static final String PERSON = "Иванова И. И., начальник отдела"; //$NON-NLS-1$

	private static NavigatorView navigator;
	private static RecommendationsView view;
	private static Store store;

	@BeforeAll
	static void openFromTheNavigator() throws Exception {
		navigator = Workbench.freshDatabase("recommendations"); //$NON-NLS-1$
		store = StoreService.getDefault().storeIfOpen();
		CampaignInfo campaign = store.campaigns().find(CAMPAIGN).orElseThrow();
		Workbench.page().activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(campaign), true);
		navigator.showRecommendations(); // the campaign's menu item
		view = (RecommendationsView) Workbench.page().findView(RecommendationsView.ID);
		Workbench.await(view.job());
	}

	@Test
	void theStoredRecommendationsAreShownWithTheOverdueOnesInRed() throws Exception {
		int stored = store.analyses().load(CAMPAIGN).orElseThrow().getRecommendations().size();
		assertEquals(stored, view.recommendations().getTable().getItemCount());
		assertTrue(view.title().contains(Integer.toString(stored)), view.title());
		// K2_1 below 100 %: ten municipalities, by 01.05.2023, drafts: overdue today
		List<TableItem> k21 = Arrays.stream(view.recommendations().getTable().getItems())
				.filter(item -> "K2_1".equals(item.getText(6)) //$NON-NLS-1$
						&& ((RecommendationRow) item.getData()).recommendation()
								.getAddresseeKind() == AddresseeKind.NAMED_MUNICIPALITY)
				.toList();
		assertEquals(10, k21.size());
		for (TableItem item : k21) {
			assertEquals("01.05.2023", item.getText(DEADLINE)); //$NON-NLS-1$
			assertEquals("проект", item.getText(STATUS)); //$NON-NLS-1$
			assertEquals(OVERDUE, item.getBackground(DEADLINE).getRGB());
		}
		// the follow-up of tver-2021-22's recommendations, on the second tab
		int followUp = new RecommendationFollowUp(store, IndicatorSetRegistry.getDefault(), LocalDate.now())
				.rows(CAMPAIGN).size();
		assertTrue(followUp > 0, "tver-2021-22 had recommendations");
		assertEquals(followUp, view.followUp().getTable().getItemCount());
	}

	@Test
	void editsInTheTableAreStoredWithTheirHistoryAndSurviveANewAnalysis() throws Exception {
		int number = overdueRow();
		type(number, RESPONSIBLE, PERSON);
		assertEquals(PERSON, item(number).getText(RESPONSIBLE));
		int historyBefore = store.analyses().recommendationHistory(CAMPAIGN).size();
		type(number, DEADLINE, "31.13.2030"); // no such month: refused, nothing written //$NON-NLS-1$
		assertEquals(historyBefore, store.analyses().recommendationHistory(CAMPAIGN).size());
		type(number, DEADLINE, "01.06.2030"); //$NON-NLS-1$
		assertEquals("01.06.2030", item(number).getText(DEADLINE)); //$NON-NLS-1$
		assertNotEquals(OVERDUE, item(number).getBackground(DEADLINE).getRGB(), "no longer overdue");

		List<RecommendationChange> history = store.analyses().recommendationHistory(CAMPAIGN);
		assertEquals(historyBefore + 1, history.size());
		String user = System.getProperty("user.name"); //$NON-NLS-1$
		assertTrue(history.stream().anyMatch(c -> c.number() == number && PERSON.equals(c.newValue())
				&& c.changedBy().equals(user)), history.toString());
		assertEquals(LocalDate.of(2030, 6, 1),
				store.analyses().load(CAMPAIGN).orElseThrow().getRecommendations().get(number - 1).getDeadline());

		int rows = view.recommendations().getTable().getItemCount();
		view.refreshAction().run(); // «Обновить анализ»
		Workbench.await(view.job());
		assertEquals(rows, view.recommendations().getTable().getItemCount());
		assertTrue(Arrays.stream(view.recommendations().getTable().getItems())
				.anyMatch(item -> PERSON.equals(item.getText(RESPONSIBLE))
						&& "01.06.2030".equals(item.getText(DEADLINE))), //$NON-NLS-1$
				"the edited recommendation after the new analysis");
	}

	@Test
	void screenshots() throws Exception {
		view.getSite().getShell().setBounds(0, 0, 1400, 900);
		IWorkbenchPartReference reference = Workbench.page().getReference(view);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.flush();
		Path folder = Path.of(System.getProperty("profmonitor.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		ScreenshotTest.save(view.getSite().getShell(), folder.resolve("recommendations.png")); // with «Обновить анализ» //$NON-NLS-1$
		view.tabs().setSelection(1);
		Workbench.flush();
		ScreenshotTest.save(view.tabs().getParent(), folder.resolve("follow-up.png")); //$NON-NLS-1$
		view.tabs().setSelection(0);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		Workbench.flush();
	}

	/** @return the number of the first overdue recommendation not of K2_1, which the other test counts */
	private static int overdueRow() {
		for (TableItem item : view.recommendations().getTable().getItems()) {
			RecommendationRow row = (RecommendationRow) item.getData();
			if (row.overdue() && !"K2_1".equals(row.recommendation().getIndicatorCode())) { //$NON-NLS-1$
				return row.number();
			}
		}
		throw new AssertionError("no overdue recommendation"); //$NON-NLS-1$
	}

	private static TableItem item(int number) {
		return Arrays.stream(view.recommendations().getTable().getItems())
				.filter(item -> ((RecommendationRow) item.getData()).number() == number).findFirst().orElseThrow();
	}

	/** Opens the cell editor as a click does, types the text and presses Enter. */
	private static void type(int number, int column, String text) {
		Object element = item(number).getData();
		view.recommendations().editElement(element, column);
		Workbench.flush();
		Text editor = (Text) Arrays.stream(view.recommendations().getTable().getChildren())
				.filter(child -> child instanceof Text && child.isVisible()).findFirst().orElseThrow();
		editor.setText(text);
		editor.notifyListeners(SWT.Modify, new Event()); // the validator runs on modify
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.flush();
		if (view.job() != null) {
			Workbench.await(view.job());
		}
	}
}
