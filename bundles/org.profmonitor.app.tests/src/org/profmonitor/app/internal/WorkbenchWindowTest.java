package org.profmonitor.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.profmonitor.app.MonitoringPerspectiveIds;

/**
 * Runs inside the ProfMonitor workbench started by the UI harness with {@code -nl ru}, on the UI
 * thread: the window a methodologist sees first.
 */
class WorkbenchWindowTest {

	@Test
	void windowIsTitledInRussian() {
		Shell shell = firstWindow().getShell();
		assertEquals("ProfMonitor — мониторинг самоопределения и профессиональной ориентации обучающихся",
				shell.getText());
		assertTrue(shell.isVisible(), "the main window is shown");
	}

	@Test
	void windowOpensOnTheMonitoringPerspective() {
		IWorkbenchPage page = firstWindow().getActivePage();
		assertNotNull(page, "the window has a page");
		IPerspectiveDescriptor perspective = page.getPerspective();
		assertEquals(MonitoringPerspectiveIds.PERSPECTIVE_ID, perspective.getId());
		assertEquals("Мониторинг", perspective.getLabel());
	}

	private static IWorkbenchWindow firstWindow() {
		// No window manager runs under Xvfb, so the "active" window may be unset: take the first.
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "one workbench window");
		return windows[0];
	}
}
