package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.exchange.FilePreview;
import org.profmonitor.exchange.TemplateLayout;
import org.profmonitor.ui.internal.exchange.ExportWizard;
import org.profmonitor.ui.internal.store.StoreService;

/** The export wizard writes Tver's 2022/23 values as CSV and XLSX and one XLSX template per municipality. */
class ExportWizardTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$

	@BeforeAll
	static void openDatabase() {
		Workbench.freshDatabase("export"); //$NON-NLS-1$
	}

	@Test
	void valuesAndTemplatesAreWrittenIntoTheFolder(@TempDir Path folder) throws Exception {
		ExportWizard wizard = new ExportWizard(StoreService.getDefault().storeIfOpen().campaigns().list());
		wizard.setInitialCampaign(CAMPAIGN);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.choose(folder, true, true, TemplateLayout.PER_MUNICIPALITY);
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();
		Workbench.await(wizard.exportJob());
		List<String> lines = Files.readAllLines(folder.resolve("tver-2022-23-values.csv"), StandardCharsets.UTF_8);
		int stored = StoreService.getDefault().storeIfOpen().values().values(CAMPAIGN).size();
		assertEquals(stored + 1, lines.size(), "a header and one line per stored value");
		assertEquals("TVR-TVE-01;STUD_1_11;710;", lines.stream().filter(line -> line.startsWith("TVR-TVE-01;STUD_1_11;"))
				.findFirst().orElseThrow());
		try (Stream<Path> files = Files.list(folder)) {
			long templates = files.filter(file -> file.toString().endsWith(".xlsx")).count();
			// one per municipality with organisations, and the values table
			assertEquals(42 + 1, templates);
		}
		FilePreview table = FilePreview.of(folder.resolve("tver-2022-23-values.xlsx"), 2);
		assertEquals(List.of("TVR-AND-01", "BVB_10_11", "33", ""), table.rows().get(1), "by organisation and element code");
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith(".")), "no temporary file left");
		}
	}
}
