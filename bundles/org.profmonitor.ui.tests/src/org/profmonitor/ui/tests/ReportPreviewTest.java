package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.model.Municipality;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.reports.ReportPreviewView;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * A methodologist opens the справка of Tver's 2022/23 campaign from the navigator, reads it inside
 * the workbench, looks at the card of the municipality selected in the navigator, and exports the
 * справка to PDF and DOCX.
 */
class ReportPreviewTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$

	@TempDir
	Path folder;

	@Test
	void theSpravkaIsShownInTheWorkbenchAndExported() throws Exception {
		NavigatorView navigator = Workbench.freshDatabase("report"); //$NON-NLS-1$
		CampaignInfo campaign = StoreService.getDefault().storeIfOpen().campaigns().find(CAMPAIGN).orElseThrow();
		Workbench.page().activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(campaign), true);
		navigator.showReport(); // the campaign's menu item
		ReportPreviewView view = (ReportPreviewView) Workbench.page().findView(ReportPreviewView.ID);
		Workbench.await(view.job());
		String html = Files.readString(view.preview(), StandardCharsets.UTF_8);
		assertTrue(html.contains("Аналитическая справка по результатам мониторинга"), "the справка's heading"); //$NON-NLS-1$
		assertTrue(view.title().contains(CAMPAIGN), view.title());
		if (view.browser() != null) {
			Workbench.until(() -> view.browser().getUrl().endsWith(".html"), "the browser to open the report"); //$NON-NLS-1$
			assertEquals(view.preview().toUri().toString(), view.browser().getUrl());
			screenshot(view, "report-preview.png"); //$NON-NLS-1$
		} else {
			System.out.println("ReportPreviewTest: no browser here, the view shows its message"); //$NON-NLS-1$
		}

		// the card of Сонковский район, selected in the navigator
		TreeItem tver = Arrays.stream(children(navigator, top(navigator, "Регионы"))) //$NON-NLS-1$
				.filter(item -> item.getText().equals("Тверская область")).findFirst().orElseThrow(); //$NON-NLS-1$
		TreeItem sonkovo = Arrays.stream(children(navigator, tver))
				.filter(item -> item.getData() instanceof Municipality m && "TVR-SON".equals(m.getCode())) //$NON-NLS-1$
				.findFirst().orElseThrow();
		view.choose(ReportKind.CARD);
		navigator.viewer().setSelection(new StructuredSelection(sonkovo.getData()), true);
		Workbench.until(() -> view.job() != null && view.job().getName().contains(CAMPAIGN), "the card's job"); //$NON-NLS-1$
		Workbench.await(view.job());
		Workbench.until(() -> view.title().contains("Сонковский"), "the card's heading"); //$NON-NLS-1$
		String card = Files.readString(view.preview(), StandardCharsets.UTF_8);
		assertTrue(card.contains("Сонковский"), "the card of Сонковский район"); //$NON-NLS-1$
		view.choose(ReportKind.SPRAVKA);
		Workbench.await(view.job());

		assertExports(view, folder.resolve("spravka.pdf"), ReportFormat.PDF, "%PDF"); //$NON-NLS-1$ //$NON-NLS-2$
		assertExports(view, folder.resolve("spravka.docx"), ReportFormat.DOCX, "PK"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** «Экспорт…» after its file dialog: the file starts as its format does. */
	static void assertExports(ReportPreviewView view, Path file, ReportFormat format, String start) throws Exception {
		view.exportTo(file, format);
		Workbench.await(view.job());
		assertEquals(start, new String(Files.readAllBytes(file), 0, start.length(), StandardCharsets.US_ASCII), file::toString);
	}

	private static TreeItem top(NavigatorView navigator, String label) {
		return Arrays.stream(navigator.viewer().getTree().getItems()).filter(item -> item.getText().equals(label))
				.findFirst().orElseThrow();
	}

	private static TreeItem[] children(NavigatorView navigator, TreeItem item) {
		navigator.viewer().expandToLevel(item.getData(), 1);
		Workbench.flush();
		return item.getItems();
	}

	/** Saves the workbench window with the preview maximised, into the screenshots folder. */
	static void screenshot(ReportPreviewView view, String name) throws Exception {
		view.getSite().getShell().setBounds(0, 0, 1400, 900);
		IWorkbenchPartReference reference = Workbench.page().getReference(view);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		// the page is laid out by WebKit after the URL is set: give it a moment on the event loop
		long end = System.currentTimeMillis() + 3000;
		Workbench.until(() -> System.currentTimeMillis() > end, "the page to be drawn"); //$NON-NLS-1$
		Path screenshots = Path.of(System.getProperty("profmonitor.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(screenshots);
		ScreenshotTest.save(view.getSite().getShell(), screenshots.resolve(name));
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		Workbench.flush();
	}
}
