package org.profmonitor.ui.problems.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.store.Store;
import org.profmonitor.store.ValueChange;
import org.profmonitor.ui.internal.store.StoreService;
import org.profmonitor.ui.problems.internal.ProblemMarkers;
import org.profmonitor.ui.problems.internal.ProblemsRefresh;
import org.profmonitor.ui.testing.Ui;

/**
 * The Problems view of the «Мониторинг» perspective with the markers of the models and the data: a
 * broken workspace copy of Tver's set and a part above its whole in Tver's demo campaign appear,
 * named in Russian with their place, and disappear once fixed.
 */
class ProblemsViewTest {

	private static final String PROBLEM_VIEW = "org.eclipse.ui.views.ProblemView";
	private static final String TVER = "org.profmonitor.region.tver.set2022";
	private static final String CAMPAIGN = "tver-2022-23";

	private final IndicatorSetRegistry registry = IndicatorSetRegistry.getDefault();

	@AfterEach
	void shippedSetAgain() throws Exception {
		registry.deleteWorkspaceCopy(TVER);
	}

	@Test
	void problemsViewIsPartOfTheMonitoringPerspective() {
		IWorkbenchPage page = Ui.page();
		assertEquals("org.profmonitor.app.perspective.monitoring", page.getPerspective().getId());
		assertNotNull(page.findViewReference(PROBLEM_VIEW), "the Problems view is placed in the perspective");
		assertNotNull(page.findViewReference("org.eclipse.ui.views.ProgressView"), //$NON-NLS-1$
				"the Progress view, with the Jobs and their cancel buttons, is placed in the perspective");
	}

	@Test
	void brokenFormulaInAWorkspaceCopyIsAMarkerNamingTheIndicatorAndPosition() throws Exception {
		Path copy = registry.copyToWorkspace(TVER);
		String xmi = Files.readString(copy);
		assertTrue(xmi.contains("formula=\"share(BVB_6_9, STUD_6_9)\""), "K1_1 as shipped");
		Files.writeString(copy, xmi.replace("formula=\"share(BVB_6_9, STUD_6_9)\"", "formula=\"share(BVB_6_9, STUD_6_10)\""));
		registry.reload();

		assertTrue(Ui.await(ProblemsRefresh.request()).isOK());

		IResource file = markers().project().getFolder(ProblemMarkers.SETS_FOLDER).getFile(copy.getFileName().toString());
		List<IMarker> onFile = Arrays.asList(file.findMarkers(ProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO));
		String all = describe(onFile);
		IMarker formula = onFile.stream().filter(m -> "K1_1".equals(m.getAttribute(ProblemMarkers.INDICATOR, null)))
				.findFirst().orElseThrow(() -> new AssertionError(all));
		String message = formula.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.contains("(K1_1): ошибка в формуле «share(BVB_6_9, STUD_6_10)»: Неизвестный элемент данных «STUD_6_10». (позиция 16)"),
				message);
		assertEquals("K1_1", formula.getAttribute(IMarker.LOCATION, null));
		assertEquals(IMarker.SEVERITY_ERROR, formula.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(onFile.stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "")
				.startsWith("Модуль org.profmonitor.region.tver: рабочая копия")), all);

		IViewPart view = Ui.page().showView(PROBLEM_VIEW);
		view.getSite().getShell().setBounds(0, 0, 1400, 900);
		long end = System.currentTimeMillis() + 30_000;
		while (!shows(view, "STUD_6_10") && System.currentTimeMillis() < end) {
			Ui.flush();
		}
		assertTrue(shows(view, "STUD_6_10"), () -> "the Problems view lists the formula's marker: " + texts(view));
		Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Tree tree = tree(view);
		tree.getColumn(0).setWidth(820); // the whole message in the picture
		expand(tree);
		Ui.flush();
		Ui.screenshot(view.getSite().getShell(), "problems-view-ru.png");
		Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED);

		registry.deleteWorkspaceCopy(TVER);
		assertTrue(Ui.await(ProblemsRefresh.request()).isOK());
		assertEquals(0, markers().project().getFolder(ProblemMarkers.SETS_FOLDER)
				.findMarkers(ProblemMarkers.MARKER_TYPE, true, IResource.DEPTH_INFINITE).length, "gone with the copy");
		Ui.until(() -> !shows(view, "STUD_6_10"), "the Problems view no longer lists it");
	}

	@Test
	void partAboveItsWholeIsADataMarkerNamingOrganisationAndElementUntilFixed() throws Exception {
		Store store = StoreService.getDefault().store(null);
		double[] stored = { Double.NaN };
		store.values().forEachValue(CAMPAIGN, (organisation, element, slice, value) -> {
			if ("TVR-ZHA-01".equals(organisation) && "BVB_6_9".equals(element) && (slice == null || slice.isEmpty())) {
				stored[0] = value;
			}
		});
		assertEquals(110.0, stored[0], "the demo value (values-2022-23.csv)");
		assertTrue(Ui.await(ProblemsRefresh.request()).isOK());
		assertEquals(List.of(), zhaMarkers(), "the demo value is consistent");

		store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("TVR-ZHA-01", "BVB_6_9", 150)), "test", "test");
		StoreService.getDefault().fireValuesSaved(CAMPAIGN);
		assertTrue(Ui.await(ProblemsRefresh.requestCampaign(CAMPAIGN)).isOK(), "only this campaign checked again");

		List<IMarker> found = zhaMarkers();
		assertEquals(1, found.size(), describe(found));
		IMarker marker = found.get(0);
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.contains("BVB_6_9") && message.contains("150") && message.contains("STUD_6_9")
				&& message.contains("110") && message.contains("TVR-ZHA-01"), message);
		assertEquals("кампания tver-2022-23, организация TVR-ZHA-01, элемент BVB_6_9",
				marker.getAttribute(IMarker.LOCATION, null));
		assertEquals(CAMPAIGN, marker.getAttribute(ProblemMarkers.CAMPAIGN, null));
		assertEquals(CAMPAIGN, marker.getResource().getName(), "on the campaign's folder");

		store.values().applyValues(CAMPAIGN, List.of(ValueChange.of("TVR-ZHA-01", "BVB_6_9", 110)), "test", "test");
		assertTrue(Ui.await(ProblemsRefresh.requestCampaign(CAMPAIGN)).isOK());
		assertEquals(List.of(), zhaMarkers(), "fixed, the marker is gone");
	}

	private static ProblemMarkers markers() {
		return new ProblemMarkers(IndicatorSetRegistry.getDefault().getWorkspaceFolder());
	}

	private static List<IMarker> zhaMarkers() throws CoreException {
		List<IMarker> found = new ArrayList<>();
		for (IMarker marker : markers().project().findMarkers(ProblemMarkers.MARKER_TYPE, true,
				IResource.DEPTH_INFINITE)) {
			if ("TVR-ZHA-01".equals(marker.getAttribute(ProblemMarkers.ORGANISATION, null))
					&& "BVB_6_9".equals(marker.getAttribute(ProblemMarkers.ELEMENT, null))) {
				found.add(marker);
			}
		}
		return found;
	}

	private static String describe(List<IMarker> markers) {
		StringBuilder text = new StringBuilder();
		for (IMarker marker : markers) {
			text.append(marker.getAttribute(IMarker.LOCATION, "")).append(": ")
					.append(marker.getAttribute(IMarker.MESSAGE, "")).append('\n');
		}
		return text.toString();
	}

	/* The marker views group by severity: the groups are expanded to reach the markers' rows. */
	private static boolean shows(IViewPart view, String text) {
		Tree tree = tree(view);
		expand(tree);
		for (TreeItem group : tree.getItems()) {
			for (TreeItem item : group.getItems()) {
				if (item.getText().contains(text)) {
					return true;
				}
			}
		}
		Ui.flush();
		return false;
	}

	private static void expand(Tree tree) {
		for (TreeItem group : tree.getItems()) {
			if (!group.getExpanded()) {
				// as a click on the arrow: the viewer creates the rows on the Expand event
				Event expand = new Event();
				expand.item = group;
				tree.notifyListeners(SWT.Expand, expand);
				group.setExpanded(true);
			}
		}
	}

	private static String texts(IViewPart view) {
		StringBuilder text = new StringBuilder(((org.eclipse.ui.IWorkbenchPart2) view).getContentDescription()).append(" | ");
		for (TreeItem group : tree(view).getItems()) {
			text.append(group.getText()).append(" [");
			for (TreeItem item : group.getItems()) {
				text.append(item.getText()).append("; ");
			}
			text.append("] ");
		}
		return text.toString();
	}

	private static Tree tree(IViewPart view) {
		AtomicReference<Tree> found = new AtomicReference<>();
		find(view.getSite().getShell(), found);
		assertNotNull(found.get(), "the Problems view's tree");
		return found.get();
	}

	/* the only visible tree with the Problems view's columns */
	private static void find(Control control, AtomicReference<Tree> found) {
		if (control instanceof Tree tree && tree.isVisible() && tree.getColumnCount() >= 3) {
			found.compareAndSet(null, tree);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				find(child, found);
			}
		}
	}
}
