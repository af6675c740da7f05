package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.navigator.NavigatorView;
import org.profmonitor.ui.internal.store.StoreService;
import org.profmonitor.ui.internal.store.UiPreferences;

/**
 * What the view tests share: they run on the UI thread of the ProfMonitor workbench, so waiting
 * for a Job means running the event loop until the Job's asyncExec has been processed.
 */
final class Workbench {

	private static final long TIMEOUT_MS = 60_000;

	private Workbench() {
	}

	static IWorkbenchPage page() {
		// no window manager under Xvfb: the "active" window may be unset, take the only one
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "one workbench window");
		return windows[0].getPages()[0];
	}

	/**
	 * Points the workbench at a new in-memory database, as a user changing the preference would
	 * at the next start, and has the navigator read it: the demo campaigns are loaded into it.
	 *
	 * @param name the in-memory database's name, one per test class, so each starts from the demo data
	 * @return the navigator, read again
	 */
	static NavigatorView freshDatabase(String name) {
		NavigatorView navigator = view(NavigatorView.ID);
		await(navigator.loadJob()); // the file database of the start; it is closed next
		StoreService.getDefault().close();
		InstanceScope.INSTANCE.getNode(UiPlugin.ID).put(UiPreferences.DATABASE,
				"jdbc:derby:memory:" + name + ";create=true"); //$NON-NLS-1$ //$NON-NLS-2$
		navigator.reload();
		await(navigator.loadJob());
		return navigator;
	}

	@SuppressWarnings("unchecked")
	static <T extends IViewPart> T view(String id) {
		try {
			return (T) page().showView(id);
		} catch (PartInitException e) {
			return fail(e);
		}
	}

	/** Runs the event loop until the job is done and what it posted to the UI thread has run. */
	static void await(Job job) {
		assertTrue(job != null, "a job was scheduled");
		until(() -> job.getState() == Job.NONE && job.getResult() != null, "job " + job.getName());
		IStatus result = job.getResult();
		assertTrue(result.isOK(), () -> job.getName() + ": " + result);
		flush();
	}

	/** Runs the event loop until the condition holds. */
	static void until(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				sleep();
			}
		}
	}

	/** Processes what is queued on the UI thread. */
	static void flush() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
			sleep();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(10);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
