package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.preferences.ProfMonitorPreferencePage;
import org.profmonitor.ui.internal.store.UiPreferences;

/** The «ProfMonitor» preferences: the command line's database by default, four fields in Russian. */
class PreferencesTest {

	@Test
	void theDefaultDatabaseIsTheOneTheCommandLineOpens() {
		String database = DefaultScope.INSTANCE.getNode(UiPlugin.ID).get(UiPreferences.DATABASE, null);
		// the tests' data root is target/profmonitor-data (pom.xml), as --db is for the command line
		Path expected = Path.of(System.getProperty(StoreLocation.DATA_ROOT_PROPERTY), "db").toAbsolutePath()
				.normalize();
		assertEquals(expected.toString(), database);
		assertEquals(StoreLocation.defaultLocation().displayName(), database);
	}

	@Test
	void thePageHasItsFieldsInRussian() {
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		try {
			ProfMonitorPreferencePage page = new ProfMonitorPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			List<String> labels = new ArrayList<>();
			collectLabels(page.getControl(), labels);
			assertTrue(labels.containsAll(List.of("&База данных (папка или JDBC URL):",
					"Сайт &обновлений (папка или http URL):", "&Автор справки:", "&Орган управления образованием:")),
					labels::toString);
			page.dispose();
		} finally {
			shell.dispose();
		}
	}

	private static void collectLabels(Control control, List<String> labels) {
		if (control instanceof Label label) {
			labels.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectLabels(child, labels);
			}
		}
	}
}
