package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.CampaignStatus;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.campaign.CampaignEditor;
import org.profmonitor.ui.internal.campaign.CampaignEditorInput;
import org.profmonitor.ui.internal.entry.DataEntryEditor;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * The campaign editor on Tver's 2022/23 demo campaign: Сонковский район has 7 of its 12
 * organisations reported (its kindergartens sent nothing); the status is edited and stored; a
 * wrong date is refused with the field named.
 */
class CampaignEditorTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$

	private CampaignEditor editor;

	@BeforeAll
	static void openDatabase() {
		Workbench.freshDatabase("campaign"); //$NON-NLS-1$
	}

	@BeforeEach
	void openEditor() throws Exception {
		CampaignInfo campaign = StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow();
		editor = (CampaignEditor) Workbench.page().openEditor(new CampaignEditorInput(CAMPAIGN, campaign.title()),
				CampaignEditor.ID);
		Workbench.await(editor.loadJob());
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
		Workbench.flush();
	}

	private TreeItem line(String municipalityName) {
		return Arrays.stream(editor.completeness().viewer().getTree().getItems())
				.filter(item -> item.getText(0).equals(municipalityName)).findFirst()
				.orElseThrow(() -> new AssertionError(municipalityName + " in the completeness page"));
	}

	@Test
	void sonkovoShowsSevenOfTwelveAndItsSilentOrganisations() throws Exception {
		TreeItem sonkovo = line("Сонковский муниципальный округ");
		assertEquals("7 из 12", sonkovo.getText(1));
		assertEquals("58,3\u00a0%", sonkovo.getText(2));
		editor.completeness().viewer().expandToLevel(sonkovo.getData(), 1);
		Workbench.flush();
		List<String> silent = Arrays.stream(sonkovo.getItems()).map(item -> item.getText(1)).toList();
		assertEquals(List.of("TVR-SON-08", "TVR-SON-09", "TVR-SON-10", "TVR-SON-11", "TVR-SON-12"), silent);
		assertTrue(sonkovo.getItems()[0].getText(0).endsWith(": не представлены данные"), sonkovo.getItems()[0].getText(0));
		editor.completeness().viewer().setSelection(new StructuredSelection(sonkovo.getData()), true);
		screenshots();
	}

	private void screenshots() throws Exception {
		Path folder = Path.of(System.getProperty("profmonitor.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		editor.getSite().getShell().setBounds(0, 0, 1400, 900);
		editor.showPage(1);
		Workbench.flush();
		ScreenshotTest.save(editor.completeness().viewer().getControl(), folder.resolve("campaign-completeness.png")); //$NON-NLS-1$
		editor.showPage(0);
		Workbench.flush();
		ScreenshotTest.save(editor.getSite().getShell(), folder.resolve("campaign-editor.png")); //$NON-NLS-1$
	}

	@Test
	void aNewStatusIsStoredOnSave() throws Exception {
		CampaignStatus original = StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow()
				.status();
		CampaignStatus other = original == CampaignStatus.ARCHIVED ? CampaignStatus.COLLECTING : CampaignStatus.ARCHIVED;
		editor.chooseStatus(other);
		assertTrue(editor.isDirty());
		Workbench.page().saveEditor(editor, false);
		Workbench.await(editor.saveJob());
		assertFalse(editor.isDirty());
		assertEquals("Сохранено.", editor.messageText());
		assertEquals(other, StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow().status());
		editor.chooseStatus(original); // as the other tests expect it
		Workbench.page().saveEditor(editor, false);
		Workbench.await(editor.saveJob());
		assertEquals(original, StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow().status());
	}

	@Test
	void aWrongDateIsNamedAndNothingIsSaved() throws Exception {
		CampaignInfo before = StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow();
		editor.typePeriodStart("31.02.2023"); //$NON-NLS-1$
		assertEquals("Начало сбора (дд.мм.гггг): «31.02.2023» — не дата, введите её как дд.мм.гггг",
				editor.messageText());
		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		assertTrue(editor.isDirty());
		assertTrue(editor.messageText().startsWith("Не сохранено: Начало сбора"), editor.messageText());
		CampaignInfo after = StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow();
		assertEquals(before.periodStart(), after.periodStart());
		assertEquals(before.status(), after.status());
	}

	@Test
	void aDoubleClickedMunicipalityOpensItsDataEntry() {
		editor.openDataEntry("TVR-SON"); //$NON-NLS-1$
		DataEntryEditor entry = (DataEntryEditor) Workbench.page().getActiveEditor();
		Workbench.await(entry.loadJob());
		Workbench.until(() -> entry.viewer() != null && entry.viewer().getTable().getItemCount() == 12,
				"Сонковский район's 12 organisations in the data entry");
	}
}
