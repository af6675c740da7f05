package org.profmonitor.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * What the workbench tests of the new bundles share: they run on the workbench's UI thread
 * (no SWTBot), so waiting for a Job means running the event loop until what it posted has run;
 * and screenshots of what they drove, for looking at and for the README.
 */
public final class Ui {

	private static final long TIMEOUT_MS = 120_000;

	private Ui() {
	}

	/** @return the page of the only workbench window (no window manager under Xvfb: none is "active") */
	public static IWorkbenchPage page() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "one workbench window");
		return windows[0].getPages()[0];
	}

	/** Runs the event loop until the job is done and what it posted to the UI thread has run. */
	public static IStatus await(Job job) {
		assertTrue(job != null, "a job was scheduled");
		until(() -> job.getState() == Job.NONE && job.getResult() != null, "job " + job.getName());
		flush();
		return job.getResult();
	}

	/** Runs the event loop until the condition holds; fails after two minutes. */
	public static void until(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				pause();
			}
		}
	}

	/** Processes what is queued on the UI thread. */
	public static void flush() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
			pause();
		}
	}

	/**
	 * Writes a PNG of a control as it is on the screen into the folder of the system property
	 * {@code profmonitor.screenshots} (default {@code target/screenshots}).
	 *
	 * @return the file written
	 */
	public static Path screenshot(Control control, String name) throws IOException {
		flush();
		Path folder = Path.of(System.getProperty("profmonitor.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		Path file = folder.resolve(name);
		Display display = control.getDisplay();
		Rectangle bounds = control.getBounds();
		Point origin = control instanceof Shell || control.getParent() == null ? new Point(bounds.x, bounds.y)
				: control.getParent().toDisplay(bounds.x, bounds.y);
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		assertTrue(Files.size(file) > 1000, () -> file + " has an image");
		return file;
	}

	private static void pause() {
		try {
			Thread.sleep(10);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
