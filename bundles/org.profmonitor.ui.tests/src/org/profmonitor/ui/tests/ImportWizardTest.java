package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.StoreException;
import org.profmonitor.store.StoredValue;
import org.profmonitor.ui.internal.exchange.ImportWizard;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * The import wizard on Tver's 2022/23 campaign, driven as a user does (Next, Next, Finish): a CSV
 * with a word for a number is refused with the file and line named and nothing written; a good
 * one is written, in a Job.
 */
class ImportWizardTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$
	/* a kindergarten of Сонковский район that sent nothing in the demo */
	private static final String KINDERGARTEN = "TVR-SON-08"; //$NON-NLS-1$

	/** The wizard's dialog with its buttons' actions reachable, as a user's clicks. */
	private static final class Dialog extends WizardDialog {
		Dialog(IWizard wizard) {
			super(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), wizard);
			setBlockOnOpen(false);
		}

		void next() {
			nextPressed();
			Workbench.flush();
		}

		void finish() {
			finishPressed();
			Workbench.flush();
		}
	}

	private Dialog dialog;

	@BeforeAll
	static void openDatabase() {
		Workbench.freshDatabase("import"); //$NON-NLS-1$
	}

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		Workbench.flush();
	}

	private ImportWizard open(Path file) throws StoreException {
		ImportWizard wizard = new ImportWizard(StoreService.getDefault().storeIfOpen().campaigns().list());
		wizard.setInitialCampaign(CAMPAIGN);
		dialog = new Dialog(wizard);
		dialog.open();
		wizard.addPaths(List.of(file));
		Workbench.flush();
		return wizard;
	}

	private static Optional<StoredValue> stored(String organisation, String element) throws StoreException {
		return StoreService.getDefault().storeIfOpen().values().values(CAMPAIGN).stream()
				.filter(value -> value.organisationCode().equals(organisation) && value.elementCode().equals(element))
				.findFirst();
	}

	@Test
	void aBadCsvIsRefusedWithItsFileAndLineAndNothingIsWritten(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("сонково-плохо.csv");
		Files.writeString(file, "организация;показатель;значение\n" + KINDERGARTEN + ";STUD_1_11;40\n"
				+ KINDERGARTEN + ";STUD_1_4;много\n", StandardCharsets.UTF_8);
		ImportWizard wizard = open(file);
		dialog.next();
		assertEquals("Кодировка: UTF-8, разделитель: ;", wizard.previewFormat());
		dialog.next();
		List<String[]> problems = wizard.problemRows();
		assertEquals(1, problems.size(), () -> problems.stream().map(List::of).toList().toString());
		assertEquals("сонково-плохо.csv", problems.get(0)[0]);
		assertEquals("3", problems.get(0)[2], "the line of «много», the header being line 1");
		assertTrue(problems.get(0)[4].contains("много"), problems.get(0)[4]);
		assertFalse(wizard.canFinish(), "all or nothing: no Finish with a problem");
		ScreenshotTest.save(dialog.getShell(), screenshots().resolve("import-errors.png")); //$NON-NLS-1$
		dialog.finish();
		assertEquals(null, wizard.importJob());
		assertEquals(Optional.empty(), stored(KINDERGARTEN, "STUD_1_11"), "the good line of the file is not written");
	}

	@Test
	void aGoodCsvIsWritten(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("сонково.csv");
		Files.write(file, ("организация;показатель;значение\r\n" + KINDERGARTEN + ";STUD_1_11;40\r\n" + KINDERGARTEN
				+ ";STUD_1_4;12\r\n").getBytes(java.nio.charset.Charset.forName("windows-1251")));
		ImportWizard wizard = open(file);
		dialog.next();
		assertEquals("Кодировка: windows-1251, разделитель: ;", wizard.previewFormat());
		dialog.next();
		assertEquals(List.of(), wizard.problemRows());
		assertTrue(wizard.checkSummary().contains("Готово запишет: новых значений 2, изменённых 0, без изменений 0."),
				wizard.checkSummary());
		assertTrue(wizard.canFinish());
		assertEquals(Optional.empty(), stored(KINDERGARTEN, "STUD_1_11"), "the dry run writes nothing");
		dialog.finish();
		Workbench.await(wizard.importJob());
		assertEquals(40.0, stored(KINDERGARTEN, "STUD_1_11").orElseThrow().value());
		assertEquals(12.0, stored(KINDERGARTEN, "STUD_1_4").orElseThrow().value());
	}

	static Path screenshots() throws java.io.IOException {
		Path folder = Path.of(System.getProperty("profmonitor.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		return folder;
	}
}
