package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.entry.DataEntryEditor;
import org.profmonitor.ui.internal.entry.DataEntryInput;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.results.ResultsView;
import org.profmonitor.ui.internal.store.StoreService;

/**
 * Shows the perspective as a methodologist sees it after a mistyped value and writes PNGs of the
 * window and of each view to {@code target/screenshots} (system property
 * {@code profmonitor.screenshots}), for the README and for looking at.
 */
class ScreenshotTest {

	@Test
	void screenshotsOfTheMonitoringPerspective() throws Exception {
		NavigatorView navigator = Workbench.freshDatabase("screenshots"); //$NON-NLS-1$
		ResultsView results = Workbench.view(ResultsView.ID);
		CampaignInfo campaign = StoreService.getDefault().storeIfOpen().campaigns().find("tver-2022-23").orElseThrow();
		Workbench.page().activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(campaign), true);
		Workbench.until(() -> results.job() != null, "the results job");
		Workbench.await(results.job());
		DataEntryEditor editor = (DataEntryEditor) Workbench.page()
				.openEditor(new DataEntryInput(campaign.id(), campaign.title()), DataEntryEditor.ID);
		Workbench.await(editor.loadJob());
		editor.showMunicipality("TVR-SON"); //$NON-NLS-1$
		assertEquals(12, editor.viewer().getTable().getItemCount(), "Сонковский район's organisations");
		int sonkovo = editor.grid().organisations().indexOf(editor.grid().organisations().stream()
				.filter(o -> o.getCode().equals("TVR-SON-01")).findFirst().orElseThrow()); //$NON-NLS-1$
		editor.enter(sonkovo, 1, "-3"); // a negative count: the red cell and the message line
		Shell shell = navigator.getSite().getShell();
		shell.setBounds(0, 0, 1400, 900);
		Workbench.flush();
		Path folder = Path.of(System.getProperty("profmonitor.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		save(shell, folder.resolve("workbench.png")); //$NON-NLS-1$
		save(navigator.viewer().getControl(), folder.resolve("navigator.png")); //$NON-NLS-1$
		save(editor.viewer().getControl().getParent(), folder.resolve("data-entry.png")); //$NON-NLS-1$
		results.choose(UnitLevel.MUNICIPALITY, "K2", null); //$NON-NLS-1$
		IWorkbenchPartReference reference = Workbench.page().getReference(results);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.flush();
		save(results.viewer().getControl().getParent(), folder.resolve("results.png")); //$NON-NLS-1$
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		results.choose(UnitLevel.MUNICIPALITY, null, null);
		Workbench.page().closeAllEditors(false);
	}

	static void save(Control control, Path file) throws IOException {
		Display display = control.getDisplay();
		Rectangle bounds = control.getBounds();
		Point origin = control.getParent() == null ? new Point(bounds.x, bounds.y)
				: control.getParent().toDisplay(bounds.x, bounds.y);
		if (control instanceof Shell) {
			origin = new Point(bounds.x, bounds.y);
		}
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		assertTrue(Files.size(file) > 1000, () -> file + " has an image");
	}
}
