package org.profmonitor.ui.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.ui.update.internal.RegionModule;
import org.profmonitor.ui.update.internal.RegionModules;
import org.profmonitor.ui.update.internal.RegionModulesDialog;
import org.profmonitor.ui.testing.Ui;

/**
 * The «Региональные модули» dialog over a p2 profile of its own: it lists the modules of a local
 * site, installs the checked one through p2's operations and then lists it as installed with
 * its version, and finds the update a newer site offers.
 */
class RegionModulesDialogTest {

	private static final String TVER = "org.profmonitor.region.tver.feature";
	private static final String PENZA = "org.profmonitor.region.penza.feature";

	@TempDir
	Path temp;

	private IProvisioningAgent agent;
	private RegionModules modules;
	private final List<RegionModulesDialog> opened = new ArrayList<>();

	@BeforeEach
	void profile() throws Exception {
		agent = FakeP2.agent(temp);
		modules = new RegionModules(agent, FakeP2.PROFILE, Locale.forLanguageTag("ru"));
	}

	@AfterEach
	void close() {
		opened.forEach(RegionModulesDialog::close);
		agent.stop();
	}

	@Test
	void listsTheSiteInstallsTheCheckedModuleAndListsItWithItsVersion() throws Exception {
		URI site = FakeP2.site(agent, temp.resolve("site-1"), List.of(
				new FakeP2.Module(TVER, "1.0.0.v20261201", "ProfMonitor: Tver oblast", "ProfMonitor: Тверская область"),
				new FakeP2.Module(PENZA, "1.0.0.v20261201", "ProfMonitor: Penza oblast", "ProfMonitor: Пензенская область")));
		RegionModulesDialog dialog = open(site, false);

		assertEquals(List.of(), rows(dialog.installedTable()));
		assertEquals(List.of("ProfMonitor: Пензенская область | 1.0.0.v20261201 | не установлен",
				"ProfMonitor: Тверская область | 1.0.0.v20261201 | не установлен"), rows(dialog.availableTable()));

		check(dialog, TVER);
		dialog.press(RegionModulesDialog.installButton());
		Ui.await(dialog.job());

		assertEquals(List.of("ProfMonitor: Тверская область | 1.0.0.v20261201 | " + TVER + ".feature.group"),
				rows(dialog.installedTable()));
		assertTrue(dialog.messageText().startsWith("Установлено: " + TVER + ".feature.group. Перезапустите"),
				dialog.messageText());
		assertEquals("ProfMonitor: Тверская область | 1.0.0.v20261201 | установлен", rows(dialog.availableTable()).get(1));
		Ui.screenshot(dialog.getShell(), "region-modules.png");
		assertEquals(List.of(new RegionModule(TVER + ".feature.group", "ProfMonitor: Тверская область", "1.0.0.v20261201")),
				modules.installed(), "in the profile, not just in the table");
	}

	@Test
	void findsAndInstallsTheUpdateOfANewerSite() throws Exception {
		URI first = FakeP2.site(agent, temp.resolve("site-1"), List.of(
				new FakeP2.Module(TVER, "1.0.0.v20261201", "ProfMonitor: Tver oblast", "ProfMonitor: Тверская область")));
		installed(modules.install(first, List.of(TVER + ".feature.group"), null));
		URI second = FakeP2.site(agent, temp.resolve("site-2"), List.of(
				new FakeP2.Module(TVER, "1.1.0.v20261202", "ProfMonitor: Tver oblast", "ProfMonitor: Тверская область")));

		RegionModulesDialog dialog = open(second, true); // «Проверить обновления»

		assertEquals("Доступны обновления (отмечены ниже; установите их кнопкой «Установить отмеченные»): "
				+ "ProfMonitor: Тверская область 1.0.0.v20261201 → 1.1.0.v20261202", dialog.messageText());
		assertEquals(List.of("ProfMonitor: Тверская область | 1.1.0.v20261202 | новее установленной 1.0.0.v20261201"),
				rows(dialog.availableTable()));
		assertTrue(dialog.availableTable().getItem(0).getChecked(), "the update is checked");
		Ui.screenshot(dialog.getShell(), "region-modules-update.png");
		dialog.press(RegionModulesDialog.installButton());
		Ui.await(dialog.job());
		assertEquals(List.of("ProfMonitor: Тверская область | 1.1.0.v20261202 | " + TVER + ".feature.group"),
				rows(dialog.installedTable()), "the newer version replaced the old one");

		dialog.press(RegionModulesDialog.checkButton());
		Ui.await(dialog.job());
		assertEquals("Все установленные региональные модули в актуальной версии.", dialog.messageText());
	}

	@Test
	void aSiteThatCannotBeReadIsNamedAndTheInstalledModulesStillListed() throws Exception {
		URI first = FakeP2.site(agent, temp.resolve("site-1"), List.of(
				new FakeP2.Module(TVER, "1.0.0.v20261201", "ProfMonitor: Tver oblast", "ProfMonitor: Тверская область")));
		installed(modules.install(first, List.of(TVER + ".feature.group"), null));
		URI missing = temp.resolve("no-site").toUri();

		RegionModulesDialog dialog = open(missing, false);

		assertEquals(1, dialog.installedTable().getItemCount());
		assertTrue(dialog.messageText().startsWith("Не удалось прочитать сайт обновлений " + missing),
				dialog.messageText());
	}

	private static void installed(org.eclipse.core.runtime.IStatus status) {
		assertTrue(status.isOK(), status::toString);
	}

	private RegionModulesDialog open(URI site, boolean check) {
		Shell shell = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
		RegionModulesDialog dialog = new RegionModulesDialog(shell, modules, site, null, check);
		dialog.open();
		opened.add(dialog);
		Ui.await(dialog.job());
		return dialog;
	}

	private static void check(RegionModulesDialog dialog, String feature) {
		for (TableItem item : dialog.availableTable().getItems()) {
			item.setChecked(((RegionModule) item.getData()).id().equals(feature + ".feature.group"));
		}
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
		}
		return rows;
	}
}
