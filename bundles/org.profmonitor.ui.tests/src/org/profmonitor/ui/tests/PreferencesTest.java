package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.preferences.ProfMonitorPreferencePage;
import org.profmonitor.ui.internal.store.SecretStore;
import org.profmonitor.ui.internal.store.StoreService;
import org.profmonitor.ui.internal.store.UiPreferences;

/**
 * The «ProfMonitor» preferences: the command line's database by default, the fields in Russian, a
 * server's password in the secure storage and in no preference file.
 */
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
	void thePageHasItsFieldsInRussian() throws Exception {
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		try {
			ProfMonitorPreferencePage page = new ProfMonitorPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			List<String> labels = new ArrayList<>();
			collectLabels(page.getControl(), labels);
			assertTrue(labels.containsAll(List.of("&База данных (папка или JDBC URL):",
					"&Пользователь базы данных (сервер):", "Пар&оль (в защищённом хранилище):",
					"Сайт &обновлений (папка или http URL):", "&Автор справки:", "&Орган управления образованием:")),
					labels::toString);
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			shell.setBounds(0, 0, 760, 360);
			shell.open();
			Workbench.flush();
			ScreenshotTest.save(shell, ImportWizardTest.screenshots().resolve("preferences.png")); //$NON-NLS-1$
			page.dispose();
		} finally {
			shell.dispose();
		}
	}

	@Test
	void thePasswordGoesToTheSecureStorageAndNeverToThePreferenceFile() throws Exception {
		String secret = "Пароль-s3cret-42"; //$NON-NLS-1$
		Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		IEclipsePreferences instance = InstanceScope.INSTANCE.getNode(UiPlugin.ID);
		String database = instance.get(UiPreferences.DATABASE, null);
		try {
			ProfMonitorPreferencePage page = new ProfMonitorPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			List<Text> texts = new ArrayList<>();
			collectTexts(page.getControl(), texts);
			Text password = texts.stream().filter(text -> (text.getStyle() & SWT.PASSWORD) != 0).findFirst()
					.orElseThrow(() -> new AssertionError("a masked password field"));
			// the fields in page order: database, user, password, ...
			Text user = texts.get(texts.indexOf(password) - 1);
			user.setText("metodist"); //$NON-NLS-1$
			password.setText(secret);
			assertTrue(page.performOk());
			page.dispose();
			instance.flush();

			assertEquals(secret, SecretStore.password());
			Path prefs = Path.of(new java.io.File(Platform.getInstanceLocation().getURL().getFile()).toURI())
					.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.profmonitor.ui.prefs"); //$NON-NLS-1$
			String written = Files.readString(prefs, StandardCharsets.ISO_8859_1);
			assertTrue(written.contains("databaseUser=metodist"), written);
			assertFalse(written.contains("s3cret"), written);
			assertFalse(written.contains("databasePassword"), written);

			// a server database is opened as that user with that password
			instance.put(UiPreferences.DATABASE, "jdbc:postgresql://db.example/pm"); //$NON-NLS-1$
			StoreLocation location = StoreService.configuredLocation();
			assertEquals("jdbc:postgresql://db.example/pm?user=metodist", location.jdbcUrl());
			assertEquals(secret, location.password());
			assertEquals("jdbc:postgresql://db.example/pm", location.displayName(), "no secret shown");
		} finally {
			if (database == null) {
				instance.remove(UiPreferences.DATABASE);
			} else {
				instance.put(UiPreferences.DATABASE, database);
			}
			instance.remove(UiPreferences.DATABASE_USER);
			instance.flush();
			SecretStore.setPassword(null);
			shell.dispose();
		}
		assertNull(SecretStore.password(), "forgotten");
	}

	@Test
	void theUpdateSiteIsReadByItsKeyInTheUiNode() {
		IEclipsePreferences instance = InstanceScope.INSTANCE.getNode(UiPlugin.ID);
		try {
			instance.put("updateSite", "https://updates.example/profmonitor"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("https://updates.example/profmonitor", UiPreferences.updateSite());
		} finally {
			instance.remove("updateSite"); //$NON-NLS-1$
		}
		assertEquals("", UiPreferences.updateSite());
	}

	private static void collectTexts(Control control, List<Text> texts) {
		if (control instanceof Text text) {
			texts.add(text);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
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
