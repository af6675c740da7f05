package org.profmonitor.ui.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.core.formula.FormulaProblem;
import org.profmonitor.core.formula.ProblemCode;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.ui.indicators.internal.FormulaField;
import org.profmonitor.ui.indicators.internal.IndicatorSetEditor;
import org.profmonitor.ui.indicators.internal.IndicatorSetEditorInput;
import org.profmonitor.ui.indicators.internal.RevertIndicatorSetHandler;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.results.ResultRow;
import org.profmonitor.ui.internal.results.ResultsView;
import org.profmonitor.ui.testing.Ui;

/**
 * The indicator-set editor on Tver's set: a formula error is flagged as it is typed, a set with
 * an error is not saved, and a saved copy takes precedence, so the computed results change.
 */
class IndicatorSetEditorTest {

	private static final String CAMPAIGN = "tver-2022-23";

	private final IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();

	@AfterEach
	void shippedSetAgain() throws IOException {
		RevertIndicatorSetHandler.setDialogs(null);
		Ui.page().closeAllEditors(false);
		registry.deleteWorkspaceCopy(tver().id());
	}

	@Test
	void unknownElementIsUnderlinedAndNamedInRussianAsItIsTyped() throws Exception {
		IndicatorSetEditor editor = open();
		FormulaField formula = select(editor, "K1_1");
		assertEquals("share(BVB_6_9, STUD_6_9)", formula.text().getText());
		assertEquals(List.of(), formula.problems(), "the shipped formula is valid");

		formula.text().setText("share(BVB_6_9, STUD_6_10)");

		List<FormulaProblem> problems = formula.problems();
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(ProblemCode.UNKNOWN_ELEMENT, problems.get(0).code());
		StyleRange[] ranges = formula.text().getStyleRanges();
		assertEquals(1, ranges.length, "one underline");
		assertTrue(ranges[0].underline && ranges[0].underlineStyle == SWT.UNDERLINE_SQUIGGLE, "a red squiggle");
		assertEquals(formula.text().getDisplay().getSystemColor(SWT.COLOR_RED), ranges[0].underlineColor, "red");
		assertEquals(15, ranges[0].start, "under STUD_6_10");
		assertEquals("STUD_6_10".length(), ranges[0].length, "the whole name");
		editor.getSite().getShell().setBounds(0, 0, 1400, 900);
		Ui.page().setPartState(Ui.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		Ui.screenshot(editor.viewer().getControl().getParent().getParent(), "indicator-set-editor.png");
		Ui.page().setPartState(Ui.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		assertEquals("позиция 16: Неизвестный элемент данных «STUD_6_10».", formula.messageText());
		assertTrue(editor.isDirty());
		TreeItem item = item(editor, "K1_1");
		assertTrue(item.getText().startsWith("K1_1 (ошибок в формуле: 1) Доля"), item.getText());
		assertEquals(item.getDisplay().getSystemColor(SWT.COLOR_RED).getRGB(), item.getForeground(0).getRGB(), // JFace colours the cell
				"the indicator is red in the tree");

		formula.text().setText("share(BVB_6_9, STUD_6_9"); // the closing parenthesis missing
		assertEquals(1, formula.problems().size(), formula.problems().toString());
		assertEquals(23, formula.problems().get(0).offset(), "at the end");
		ranges = formula.text().getStyleRanges();
		assertEquals(1, ranges.length);
		assertEquals(22, ranges[0].start, "the last character underlined");
		assertEquals(1, ranges[0].length);

		editor.doSave(null);

		assertTrue(editor.statusText().startsWith("Не сохранено, в наборе ошибки:"), editor.statusText());
		assertTrue(editor.statusText().contains("K1_1"), editor.statusText());
		assertFalse(Files.exists(registry.workspaceCopy(tver().id())), "nothing written");
		assertEquals(Origin.SHIPPED, tver().origin());

		formula.text().setText("share(BVB_6_9, STUD_6_9)");
		assertEquals(List.of(), formula.problems());
		assertEquals(0, formula.text().getStyleRanges().length, "the underline is gone");
		assertEquals("", formula.messageText());
		assertFalse(item(editor, "K1_1").getText().contains("ошибок"));
	}

	@Test
	void savedCopyTakesPrecedenceAndTheResultsAreComputedWithIt() throws Exception {
		NavigatorView navigator = (NavigatorView) Ui.page().showView(NavigatorView.ID);
		Ui.await(navigator.loadJob()); // the data root's database, with the demo campaigns
		ResultsView results = (ResultsView) Ui.page().showView(ResultsView.ID);
		List<ResultRow> before = compute(results);
		assertEquals("100,0 %", row(before, "K1_1", "TVR-ZHA").value(), "GOLDEN.md row 17: 235 of 235");
		String makDenominator = denominator(row(before, "K1_5", "TVR-MAK")); // STUD_1_11: 593 (GOLDEN.md row 42)
		assertEquals("593", makDenominator);
		assertNotEquals(makDenominator, denominator(row(before, "K1_1", "TVR-MAK")));

		IndicatorSetEditor editor = open();
		assertTrue(editor.originText().contains("org.profmonitor.region.tver"), editor.originText());
		select(editor, "K1_1").text().setText("share(BVB_6_9, STUD_1_11)");
		Ui.page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
		assertTrue(Ui.await(editor.saveJob()).isOK(), editor.statusText());

		assertFalse(editor.isDirty());
		assertTrue(editor.statusText().startsWith("Сохранено в "), editor.statusText());
		assertTrue(editor.originText().startsWith("Действует копия в рабочей области"), editor.originText());
		IndicatorSetContribution copy = tver();
		assertEquals(Origin.WORKSPACE, copy.origin());
		assertEquals("share(BVB_6_9, STUD_1_11)", indicator(copy, "K1_1").getFormula());
		assertTrue(Files.readString(registry.workspaceCopy(copy.id())).contains("STUD_1_11"));

		List<ResultRow> after = compute(results);
		assertEquals("593", denominator(row(after, "K1_1", "TVR-MAK")), "K1_1 now over all students 1–11");
		assertNotEquals("100,0 %", row(after, "K1_1", "TVR-ZHA").value());
		assertEquals(row(before, "K1_5", "TVR-MAK").value(), row(after, "K1_5", "TVR-MAK").value(),
				"the other indicators unchanged");

		registry.deleteWorkspaceCopy(copy.id());
		assertEquals(row(before, "K1_1", "TVR-MAK").value(), row(compute(results), "K1_1", "TVR-MAK").value(),
				"the shipped set again once the copy is deleted");
	}

	@Test
	void navigatorMenuOfASetOpensTheEditor() throws Exception {
		NavigatorView navigator = (NavigatorView) Ui.page().showView(NavigatorView.ID);
		Ui.await(navigator.loadJob());
		IndicatorSet shown = navigatorSet(navigator);
		choose(navigator, shown, "Редактировать набор показателей");

		IndicatorSetEditor editor = (IndicatorSetEditor) Ui.page().getActiveEditor();
		assertEquals(tver().id(), ((IndicatorSetEditorInput) editor.getEditorInput()).contributionId());
		assertEquals(shown.getTitle(), editor.getPartName());
	}

	@Test
	void theNavigatorShowsTheSavedCopyAndItsMenuRevertsToTheShippedSet() throws Exception {
		NavigatorView navigator = (NavigatorView) Ui.page().showView(NavigatorView.ID);
		Ui.await(navigator.loadJob());
		org.eclipse.core.runtime.jobs.Job shownBefore = navigator.loadJob();
		IndicatorSetEditor editor = open();
		select(editor, "K1_1").text().setText("share(BVB_6_9, STUD_1_11)");
		editor.doSave(null);
		assertTrue(Ui.await(editor.saveJob()).isOK(), editor.statusText());
		Ui.until(() -> navigator.loadJob() != shownBefore, "the navigator to read the sets again");
		Ui.await(navigator.loadJob());
		assertEquals("share(BVB_6_9, STUD_1_11)", formula(navigatorSet(navigator), "K1_1"), "the saved copy in the tree");

		List<String> asked = new java.util.ArrayList<>();
		boolean[] agree = { false };
		RevertIndicatorSetHandler.setDialogs(new RevertIndicatorSetHandler.Dialogs() {
			@Override
			public boolean confirm(org.eclipse.swt.widgets.Shell shell, String title, String message) {
				asked.add(title + ": " + message);
				return agree[0];
			}

			@Override
			public void inform(org.eclipse.swt.widgets.Shell shell, String title, String message) {
				asked.add(title + ": " + message);
			}
		});
		choose(navigator, navigatorSet(navigator), "Вернуть поставляемый набор");
		assertEquals(1, asked.size(), asked::toString);
		assertTrue(asked.get(0).startsWith("Вернуть поставляемый набор: Удалить копию набора"), asked.get(0));
		assertTrue(Files.exists(registry.workspaceCopy(tver().id())), "refused: the copy stays");

		agree[0] = true;
		org.eclipse.core.runtime.jobs.Job shownWithCopy = navigator.loadJob();
		choose(navigator, navigatorSet(navigator), "Вернуть поставляемый набор");
		assertTrue(Ui.await(RevertIndicatorSetHandler.lastJob()).isOK());
		assertFalse(Files.exists(registry.workspaceCopy(tver().id())), "the copy is deleted");
		assertEquals(Origin.SHIPPED, tver().origin());
		assertEquals(null, Ui.page().findEditor(editor.getEditorInput()), "its editor is closed");
		Ui.until(() -> navigator.loadJob() != shownWithCopy, "the navigator to read the sets again");
		Ui.await(navigator.loadJob());
		assertEquals("share(BVB_6_9, STUD_6_9)", formula(navigatorSet(navigator), "K1_1"), "the shipped set in the tree");

		choose(navigator, navigatorSet(navigator), "Вернуть поставляемый набор");
		assertTrue(asked.get(asked.size() - 1).contains("нет копии в рабочей области"), asked::toString);
	}

	/** Shows the navigator's menu on an element and chooses the item its text starts with. */
	private static void choose(NavigatorView navigator, Object element, String text) {
		Ui.page().activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(element), true);
		Menu menu = navigator.viewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem found = java.util.Arrays.stream(menu.getItems()).filter(item -> item.getText().startsWith(text))
				.findFirst().orElseThrow(() -> new AssertionError("not in the navigator's menu: "
						+ java.util.Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
		found.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		Ui.flush();
	}

	private static String formula(IndicatorSet set, String code) {
		return set.getCriteria().stream().map(Criterion::getIndicators).flatMap(List::stream)
				.filter(i -> i.getCode().equals(code)).findFirst().orElseThrow().getFormula();
	}

	private IndicatorSet navigatorSet(NavigatorView navigator) {
		String id = tver().indicatorSet().getId();
		for (TreeItem folder : navigator.viewer().getTree().getItems()) {
			navigator.viewer().expandToLevel(folder.getData(), 1);
			for (TreeItem item : folder.getItems()) {
				if (item.getData() instanceof IndicatorSet set && id.equals(set.getId())) {
					return set;
				}
			}
		}
		throw new AssertionError("Tver's set is not in the navigator");
	}

	private static List<ResultRow> compute(ResultsView results) {
		results.showCampaign(CAMPAIGN);
		assertTrue(Ui.await(results.job()).isOK(), () -> results.job().getResult().toString());
		results.choose(UnitLevel.MUNICIPALITY, null, null);
		@SuppressWarnings("unchecked")
		List<ResultRow> rows = (List<ResultRow>) results.viewer().getInput();
		return rows;
	}

	private static ResultRow row(List<ResultRow> rows, String indicator, String unit) {
		return rows.stream().filter(r -> r.indicatorCode().equals(indicator) && r.unitCode().equals(unit)).findFirst()
				.orElseThrow(() -> new AssertionError(indicator + " of " + unit));
	}

	/** @return the denominator of a row's «numerator / denominator» (or «numerator из denominator») */
	private static String denominator(ResultRow row) {
		String[] parts = row.fraction().split("[^0-9\\s\u00a0\u202f]+"); // digits with their group separators
		return parts[parts.length - 1].replaceAll("[\\s\u00a0\u202f]", "");
	}

	private IndicatorSetContribution tver() {
		return registry.contributions().stream().filter(c -> c.bundleName().equals("org.profmonitor.region.tver"))
				.findFirst().orElseThrow();
	}

	private static Indicator indicator(IndicatorSetContribution contribution, String code) {
		return contribution.indicatorSet().getCriteria().stream().map(Criterion::getIndicators).flatMap(List::stream)
				.filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
	}

	private IndicatorSetEditor open() throws Exception {
		IndicatorSetContribution contribution = tver();
		IndicatorSetEditor editor = (IndicatorSetEditor) Ui.page().openEditor(
				new IndicatorSetEditorInput(contribution.id(), contribution.indicatorSet().getTitle()),
				IndicatorSetEditor.ID);
		Ui.flush();
		return editor;
	}

	private static FormulaField select(IndicatorSetEditor editor, String code) {
		Indicator indicator = editor.draft().getCriteria().stream().map(Criterion::getIndicators)
				.flatMap(List::stream).filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
		editor.viewer().setSelection(new StructuredSelection(indicator), true);
		Ui.flush();
		return editor.formulaField();
	}

	private static TreeItem item(IndicatorSetEditor editor, String code) {
		Indicator indicator = editor.draft().getCriteria().stream().map(Criterion::getIndicators)
				.flatMap(List::stream).filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
		editor.viewer().reveal(indicator);
		return (TreeItem) editor.viewer().testFindItem(indicator);
	}
}
