package org.profmonitor.app;

/** Identifiers other bundles use to place their views into the workbench. */
public final class MonitoringPerspectiveIds {

	/** The «Мониторинг» perspective, the one every window opens with. */
	public static final String PERSPECTIVE_ID = "org.profmonitor.app.perspective.monitoring"; //$NON-NLS-1$

	private MonitoringPerspectiveIds() {
	}
}
