package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.model.DecisionKind;
import org.profmonitor.reports.ReportFormat;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.ui.internal.UiPlugin;
import org.profmonitor.ui.internal.reports.ReportPreviewView;
import org.profmonitor.ui.internal.store.UiPreferences;

/**
 * The preview's choices: the author and the issuing body of the preferences in the rendered
 * documents, the decision's form, the card's unit from the combo or typed (an unknown code named),
 * and a machine without a browser engine, where the view says so and still exports.
 */
class ReportPreviewChoicesTest {

	private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$
	private static final String AUTHOR = "Иванова И. И., методист ГАУ ДПО ТОИУУ"; //$NON-NLS-1$
	private static final String AUTHORITY = "Министерство образования Тверской области"; //$NON-NLS-1$
	private static final String HEADING = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТВЕРСКОЙ ОБЛАСТИ"; //$NON-NLS-1$

	@TempDir
	Path folder;

	@BeforeAll
	static void demoDatabase() {
		Workbench.freshDatabase("report-choices"); //$NON-NLS-1$
	}

	@AfterEach
	void clearPreferences() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(UiPlugin.ID);
		preferences.remove(UiPreferences.REPORT_AUTHOR);
		preferences.remove(UiPreferences.REPORT_AUTHORITY);
		ReportPreviewView.setBrowserFactory(null);
		ReportPreviewView view = (ReportPreviewView) Workbench.page().findView(ReportPreviewView.ID);
		if (view != null) {
			Workbench.page().hideView(view);
		}
		Workbench.flush();
	}

	private static ReportPreviewView preview() {
		ReportPreviewView view = Workbench.view(ReportPreviewView.ID);
		view.showCampaign(CAMPAIGN);
		Workbench.await(view.job());
		return view;
	}

	private static String html(ReportPreviewView view) throws Exception {
		// BIRT writes runs of spaces with no-break ones, as the entity
		return Files.readString(view.preview(), StandardCharsets.UTF_8).replace("&#xa0;", " ").replace('\u00a0', ' '); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theAuthorAndTheAuthorityOfThePreferencesAreInTheReports() throws Exception {
		ReportPreviewView view = preview();
		assertFalse(html(view).contains("Справку подготовил"), "nothing set, no author's line"); //$NON-NLS-1$
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(UiPlugin.ID);
		preferences.put(UiPreferences.REPORT_AUTHOR, AUTHOR);
		preferences.put(UiPreferences.REPORT_AUTHORITY, AUTHORITY);
		view.choose(ReportKind.SPRAVKA); // renders again, with the preferences as they are now
		Workbench.await(view.job());
		String spravka = html(view);
		assertTrue(spravka.contains(HEADING), "the authority heads the справка"); //$NON-NLS-1$
		assertTrue(spravka.contains("Справку подготовил(а): " + AUTHOR), "the author closes it"); //$NON-NLS-1$
		if (view.browser() != null) {
			Workbench.until(() -> view.preview().toUri().toString().equals(view.browser().getUrl()),
					"the browser to open the report"); //$NON-NLS-1$
			ReportPreviewTest.screenshot(view, "report-preview-signed.png"); //$NON-NLS-1$
		}
		view.choose(ReportKind.DECISION);
		view.chooseForm(DecisionKind.PROTOCOL);
		Workbench.await(view.job());
		Workbench.until(() -> view.title().contains("Выписка из протокола"), "the protocol's heading"); //$NON-NLS-1$
		String protocol = html(view);
		assertTrue(protocol.contains("ВЫПИСКА ИЗ ПРОТОКОЛА"), "the protocol form"); //$NON-NLS-1$
		assertTrue(protocol.contains("Председатель: " + AUTHOR), "the author signs as chairman"); //$NON-NLS-1$
		view.chooseForm(DecisionKind.ORDER);
		Workbench.await(view.job());
		String order = html(view);
		assertTrue(order.contains("ПРИКАЗЫВАЮ:") && order.contains(AUTHOR + "  ____________"), "the order form"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theCardsUnitIsChosenInTheComboOrTypedAndAnUnknownCodeIsNamed() throws Exception {
		ReportPreviewView view = preview();
		Workbench.until(() -> !view.unitItems().isEmpty(), "the campaign's units"); //$NON-NLS-1$
		assertTrue(view.unitItems().get(0).startsWith("TVR \u2014 Тверская область"), view.unitItems().get(0)); //$NON-NLS-1$
		assertTrue(view.unitItems().stream().anyMatch(item -> item.startsWith("TVR-SON \u2014 Сонковский")), //$NON-NLS-1$
				() -> view.unitItems().toString());
		String school = view.unitItems().stream().filter(item -> item.startsWith("TVR-SON-")).findFirst().orElseThrow(); //$NON-NLS-1$
		view.choose(ReportKind.CARD);
		view.chooseUnit(school.substring(0, school.indexOf(' ')).toLowerCase()); // typed, in any case
		Workbench.await(view.job());
		Workbench.until(() -> view.title().contains(school.substring(school.indexOf('\u2014') + 2)), "the card's heading"); //$NON-NLS-1$
		assertTrue(html(view).contains("Карточка образовательной организации"), "the school's card"); //$NON-NLS-1$
		Job before = view.job();
		view.chooseUnit("TVR-NOWHERE"); //$NON-NLS-1$
		assertEquals("TVR-NOWHERE \u2014 не единица кампании " + CAMPAIGN + ".", view.title()); //$NON-NLS-1$ //$NON-NLS-2$
		assertSame(before, view.job(), "nothing is rendered for an unknown code");
	}

	@Test
	void withoutABrowserTheViewSaysSoAndStillExports() throws Exception {
		ReportPreviewView.setBrowserFactory(parent -> {
			throw new SWTError(SWT.ERROR_NOT_IMPLEMENTED, "No more handles [WebKitGTK is not installed]"); //$NON-NLS-1$
		});
		ReportPreviewView view = preview();
		assertNull(view.browser());
		assertTrue(view.noBrowserMessage().startsWith("Просмотр внутри программы недоступен"), view.noBrowserMessage()); //$NON-NLS-1$
		assertTrue(view.noBrowserMessage().contains("WebKitGTK is not installed"), view.noBrowserMessage()); //$NON-NLS-1$
		assertTrue(view.canExport(), "«Экспорт…» is offered");
		ReportPreviewTest.assertExports(view, folder.resolve("spravka.pdf"), ReportFormat.PDF, "%PDF"); //$NON-NLS-1$ //$NON-NLS-2$
		ReportPreviewTest.assertExports(view, folder.resolve("spravka.xlsx"), ReportFormat.XLSX, "PK"); //$NON-NLS-1$ //$NON-NLS-2$
		ReportPreviewTest.screenshot(view, "report-preview-no-browser.png"); //$NON-NLS-1$
	}
}
