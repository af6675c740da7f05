package org.profmonitor.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The «Мониторинг» perspective. Views are placed here by the bundles that contribute them
 * through perspective extensions, so this factory only decides the editor area.
 */
public class MonitoringPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
	}
}
