package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.ValueChange;
import org.profmonitor.store.ValueStore;
import org.profmonitor.ui.internal.entry.DataEntryEditor;
import org.profmonitor.ui.internal.entry.DataEntryInput;
import org.profmonitor.ui.internal.entry.EntryGrid;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.results.ResultRow;
import org.profmonitor.ui.internal.results.ResultsView;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * A methodologist's round: selects Tver's 2022/23 campaign, reads Сонковский район's figures of
 * seed 000, enters that Литвиновская ООШ now works with an enterprise, saves, and sees the district's
 * figures change; wrong values are flagged while typed and not saved.
 */
class DataEntryTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$
	private static final String SONKOVO = "TVR-SON"; //$NON-NLS-1$
	private static final String LITVINOVO = "TVR-SON-07"; //$NON-NLS-1$

	private static NavigatorView navigator;
	private ResultsView results;
	private DataEntryEditor editor;

	@BeforeAll
	static void openDatabase() {
		navigator = Workbench.freshDatabase("entry"); //$NON-NLS-1$
	}

	@BeforeEach
	void selectCampaignAndOpenEditor() throws Exception {
		results = Workbench.view(ResultsView.ID);
		CampaignInfo campaign = StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow();
		results.showCampaign(CAMPAIGN);
		Workbench.await(results.job());
		editor = (DataEntryEditor) Workbench.page().openEditor(new DataEntryInput(CAMPAIGN, campaign.title()),
				DataEntryEditor.ID);
		Workbench.await(editor.loadJob());
	}

	@AfterEach
	void closeEditor() {
		Workbench.page().closeAllEditors(false);
		Workbench.flush();
	}

	@Test
	void selectingACampaignInTheNavigatorShowsItsResults() throws Exception {
		results.showCampaign("tver-2021-22"); //$NON-NLS-1$
		Workbench.await(results.job());
		String lastYear = results.title();
		Workbench.page().activate(navigator);
		CampaignInfo selected = StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow();
		navigator.viewer().setSelection(new StructuredSelection(selected));
		Workbench.until(() -> CAMPAIGN.equals(results.campaignId()), "the results view to follow the navigator");
		Workbench.await(results.job());
		assertEquals(selected.title(), results.title());
		assertFalse(lastYear.equals(results.title()), "the heading changed from " + lastYear);
	}

	@Test
	void resultsShowTheSeedFiguresOfSonkovo() {
		ResultRow m3 = row("M_3", SONKOVO);
		assertEquals("71,4 %", m3.value());
		assertEquals("5 из 7", m3.fraction());
		assertEquals(Boolean.FALSE, m3.reached());
		assertEquals("нет", m3.reachedText());
		assertEquals("52,0 %", row("K1_3", SONKOVO).value());
		ResultRow k11 = row("K1_1", "TVR-MOL"); // seed 002: Молоковский район fell to 0 %
		assertEquals("0,0 %", k11.value());
		assertEquals("не ниже прошлого года", k11.plan());
		assertEquals(Boolean.FALSE, k11.reached());
	}

	@Test
	void resultsFilterByCriterionAndMunicipality() {
		results.choose(UnitLevel.MUNICIPALITY, "M", SONKOVO); //$NON-NLS-1$
		List<ResultRow> shown = shownRows();
		assertFalse(shown.isEmpty(), "rows");
		assertTrue(shown.stream().allMatch(r -> r.criterionCode().equals("M") && r.unitCode().equals(SONKOVO)),
				shown::toString);
		results.choose(UnitLevel.ORGANISATION, null, SONKOVO);
		assertTrue(shownRows().stream().allMatch(r -> r.unitCode().startsWith("TVR-SON-")), "organisations of the district");
		results.choose(UnitLevel.MUNICIPALITY, null, null);
	}

	@Test
	void enteringAValueAndSavingChangesTheResults() throws Exception {
		int row = row(editor.grid(), LITVINOVO);
		int column = column(editor.grid(), "ENTERPRISE");
		assertEquals("0", editor.grid().text(row, column));
		assertEquals("4", row("M_4", SONKOVO).value());

		editor.enter(row, column, "1");
		assertTrue(editor.isDirty(), "dirty after typing");
		assertTrue(editor.grid().isChanged(row, column));

		editor.doSave(null);
		Workbench.await(editor.saveJob());
		Workbench.until(() -> "5".equals(row("M_4", SONKOVO).value()), "M_4 of Сонковский район to become 5");
		Workbench.await(results.job());
		assertEquals("5", row("M_4", SONKOVO).value());
		assertEquals("71,4 %", row("M_5", SONKOVO).value());
		assertTrue(results.computedInMemory(), "the edit was applied in memory, not read again");
		assertFalse(editor.isDirty(), "clean after saving");
		List<String> edited = shownRows().stream().map(Object::toString).toList();
		results.showCampaign(CAMPAIGN);
		Workbench.await(results.job());
		Workbench.until(() -> !results.computedInMemory(), "the campaign to be read again");
		assertEquals(edited, shownRows().stream().map(Object::toString).toList(), "read again, the same results");

		List<AuditEntry> audit = StoreService.getDefault().storeIfOpen().values().audit(CAMPAIGN);
		AuditEntry last = audit.get(audit.size() - 1);
		assertEquals(LITVINOVO, last.organisationCode());
		assertEquals("ENTERPRISE", last.elementCode());
		assertEquals(0.0, last.oldValue());
		assertEquals(1.0, last.newValue());
		assertEquals("ввод вручную", last.source());

		// back to the seed, so the other tests see seed 000's figures
		editor.enter(row, column, "0");
		editor.doSave(null);
		Workbench.await(editor.saveJob());
		Workbench.until(() -> "4".equals(row("M_4", SONKOVO).value()), "M_4 back to 4");
	}

	@Test
	void undoAndRedoGoThroughTheOperationHistory() throws ExecutionException {
		int row = row(editor.grid(), LITVINOVO);
		int column = column(editor.grid(), "STUD_1_11");
		String stored = editor.grid().text(row, column);
		editor.enter(row, column, "999");
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		assertEquals(stored, editor.grid().text(row, column));
		assertFalse(editor.isDirty(), "undo restores the stored value");
		history.redo(editor.undoContext(), null, null);
		assertEquals("999", editor.grid().text(row, column));
		assertTrue(editor.isDirty());
	}

	@Test
	void theMenuCommandsUndoRedoAndSave() throws Exception {
		int row = row(editor.grid(), LITVINOVO);
		int column = column(editor.grid(), "STUD_1_11");
		String stored = editor.grid().text(row, column);
		editor.enter(row, column, "51");
		Workbench.page().activate(editor);
		Workbench.flush();
		IHandlerService commands = Workbench.page().getWorkbenchWindow().getService(IHandlerService.class);
		commands.executeCommand("org.eclipse.ui.edit.undo", null); //$NON-NLS-1$
		assertEquals(stored, editor.grid().text(row, column));
		Workbench.flush(); // the redo action learns of the undo from the history, then enables itself
		commands.executeCommand("org.eclipse.ui.edit.redo", null); //$NON-NLS-1$
		assertEquals("51", editor.grid().text(row, column));
		Workbench.flush();
		commands.executeCommand("org.eclipse.ui.file.save", null); //$NON-NLS-1$
		Workbench.await(editor.saveJob());
		assertFalse(editor.isDirty(), "saved by «Сохранить»");
		List<AuditEntry> audit = StoreService.getDefault().storeIfOpen().values().audit(CAMPAIGN);
		assertEquals(51.0, audit.get(audit.size() - 1).newValue());
		editor.enter(row, column, stored);
		editor.doSave(null);
		Workbench.await(editor.saveJob());
	}

	@Test
	void aNegativeCountIsFlaggedWhileTypingAndNotSaved() throws Exception {
		int row = row(editor.grid(), LITVINOVO);
		int column = column(editor.grid(), "STUD_6");
		editor.viewer().editElement(row, column + 1); // column 0 is the organisation
		Workbench.flush();
		Text cell = Arrays.stream(editor.viewer().getTable().getChildren()).filter(c -> c instanceof Text && c.isVisible())
				.map(Text.class::cast).findFirst().orElseThrow();
		cell.setText("-5"); // fires Modify, as a keystroke does
		assertTrue(editor.messageText().contains("STUD_6: количество не может быть отрицательным (-5)"),
				editor::messageText);
		Color flagged = cell.getBackground();
		cell.setText("5");
		assertTrue(editor.messageText().startsWith("Ошибок нет."), editor::messageText);
		assertNotEquals(flagged, cell.getBackground(), "the cell is red only while the text is wrong");
		editor.viewer().cancelEditing();

		editor.enter(row, column, "-5");
		assertNotNull(editor.grid().problem(row, column));
		int audited = StoreService.getDefault().storeIfOpen().values().audit(CAMPAIGN).size();
		editor.doSave(null);
		assertTrue(editor.messageText().startsWith("Не сохранено"), editor::messageText);
		assertEquals(audited, StoreService.getDefault().storeIfOpen().values().audit(CAMPAIGN).size(),
				"nothing written");
	}

	@Test
	void aPartAboveItsWholeIsFlagged() {
		int row = row(editor.grid(), "TVR-SON-01");
		int tested = column(editor.grid(), "TEST_6");
		int students = column(editor.grid(), "STUD_6");
		assertEquals("26", editor.grid().text(row, students));
		assertNull(editor.grid().problemIfTyped(row, tested, "26"));
		String problem = editor.grid().problemIfTyped(row, tested, "27");
		assertEquals("TEST_6 = 27 больше целого STUD_6 = 26 (ОО TVR-SON-01)", problem);
		editor.enter(row, tested, "27");
		assertEquals(problem, editor.grid().problem(row, tested));
		assertTrue(editor.isDirty());
	}

	@Test
	void aFlagOtherThanZeroOrOneIsFlagged() {
		int row = row(editor.grid(), LITVINOVO);
		int column = column(editor.grid(), "ENTERPRISE");
		editor.enter(row, column, "2");
		assertNotNull(editor.grid().problem(row, column));
		assertTrue(editor.messageText().startsWith("Ошибок: 1."), editor::messageText);
	}

	private ResultRow row(String indicator, String unit) {
		@SuppressWarnings("unchecked")
		List<ResultRow> all = (List<ResultRow>) results.viewer().getInput();
		return all.stream().filter(r -> r.indicatorCode().equals(indicator) && r.unitCode().equals(unit)).findFirst()
				.orElseThrow();
	}

	private List<ResultRow> shownRows() {
		int count = results.viewer().getTable().getItemCount();
		return java.util.stream.IntStream.range(0, count).mapToObj(i -> (ResultRow) results.viewer().getElementAt(i))
				.toList();
	}

	@Test
	void refreshShowsWhatAnotherUserSavedAndKeepsUnsavedChanges() throws Exception {
		editor.showMunicipality(SONKOVO);
		int row = row(editor.grid(), LITVINOVO);
		int column = column(editor.grid(), "STUD_1_11"); //$NON-NLS-1$
		String before = editor.grid().text(row, column);
		long stored = Long.parseLong(before);
		ValueStore values = StoreService.getDefault().storeIfOpen().values();
		// another methodologist of a shared database saves a new figure for the same organisation
		values.applyValues(CAMPAIGN, List.of(ValueChange.of(LITVINOVO, "STUD_1_11", stored + 1)), //$NON-NLS-1$
				"другой-методист", "test"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			assertEquals(before, editor.grid().text(row, column), "the open grid still shows what it read");
			IHandlerService commands = Workbench.page().getWorkbenchWindow().getService(IHandlerService.class);
			commands.executeCommand("org.eclipse.ui.file.refresh", null); // F5, «Обновить данные» //$NON-NLS-1$
			Workbench.await(editor.loadJob());
			Workbench.until(() -> editor.grid() != null, "the grid read again");
			int again = row(editor.grid(), LITVINOVO);
			assertEquals(String.valueOf(stored + 1), editor.grid().text(again, column(editor.grid(), "STUD_1_11")));
			assertEquals(12, editor.viewer().getTable().getItemCount(),
					"the chosen municipality, Сонковский район with its 12 organisations, is kept");

			editor.enter(again, column(editor.grid(), "STUD_1_11"), String.valueOf(stored + 5));
			assertNull(editor.reload(), "a reload would lose the typed value");
			assertTrue(editor.messageText().startsWith("В редакторе есть несохранённые изменения"),
					editor.messageText());
			assertEquals(String.valueOf(stored + 5), editor.grid().text(again, column(editor.grid(), "STUD_1_11")));
		} finally {
			values.applyValues(CAMPAIGN, List.of(ValueChange.of(LITVINOVO, "STUD_1_11", stored)), //$NON-NLS-1$
					"другой-методист", "test"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static int row(EntryGrid grid, String organisation) {
		for (int i = 0; i < grid.organisations().size(); i++) {
			if (grid.organisations().get(i).getCode().equals(organisation)) {
				return i;
			}
		}
		throw new AssertionError(organisation);
	}

	private static int column(EntryGrid grid, String element) {
		for (int i = 0; i < grid.elements().size(); i++) {
			if (grid.elements().get(i).getCode().equals(element)) {
				return i;
			}
		}
		throw new AssertionError(element);
	}
}
