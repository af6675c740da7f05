package org.profmonitor.app.internal;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.profmonitor.app.MonitoringPerspectiveIds;

/** Opens every window on the «Мониторинг» perspective. */
class ProfMonitorWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ProfMonitorWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return MonitoringPerspectiveIds.PERSPECTIVE_ID;
	}
}
