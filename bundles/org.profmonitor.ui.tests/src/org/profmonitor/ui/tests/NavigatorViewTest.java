package org.profmonitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.core.runtime.Adapters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profmonitor.model.Municipality;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.navigator.NavigatorView;

/** The navigator of a first start: the demo campaigns loaded, the regions' directories and sets. */
class NavigatorViewTest {

	private static NavigatorView navigator;

	@BeforeAll
	static void openDatabase() {
		navigator = Workbench.freshDatabase("navigator"); //$NON-NLS-1$
	}

	@Test
	void showsRegionsSetsAndCampaignsInRussian() {
		Tree tree = navigator.viewer().getTree();
		assertEquals(List.of("Регионы", "Наборы показателей", "Кампании"),
				Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
	}

	@Test
	void firstStartLoadsTheDemoCampaignsOfEveryRegion() {
		TreeItem campaigns = topItem("Кампании");
		List<String> ids = Arrays.stream(children(campaigns)).map(item -> ((CampaignInfo) item.getData()).id())
				.toList();
		assertTrue(ids.containsAll(List.of("tver-2022-23", "tver-2021-22")), ids::toString);
		assertEquals(4, ids.size(), () -> "Tver's two demo campaigns, Chelyabinsk's and Penza's: " + ids);
	}

	@Test
	void regionsOpenToMunicipalitiesAndOrganisations() {
		TreeItem tver = Arrays.stream(children(topItem("Регионы")))
				.filter(item -> item.getText().equals("Тверская область")).findFirst().orElseThrow();
		TreeItem sonkovo = Arrays.stream(children(tver)).filter(item -> item.getData() instanceof Municipality m
				&& "TVR-SON".equals(m.getCode())).findFirst().orElseThrow();
		List<String> schools = Arrays.stream(children(sonkovo)).map(TreeItem::getText).toList();
		assertEquals(12, schools.size(), schools::toString);
		assertTrue(schools.contains("МОУ «Литвиновская ООШ»"), schools::toString);
	}

	@Test
	void setsOpenToCriteriaAndIndicators() {
		TreeItem set = Arrays.stream(children(topItem("Наборы показателей"))).findFirst().orElseThrow();
		TreeItem[] criteria = children(set);
		assertTrue(criteria.length > 0, "criteria");
		assertTrue(children(criteria[0]).length > 0, "indicators of the first criterion");
	}

	@Test
	void campaignsHaveRussianProperties() {
		Object campaign = children(topItem("Кампании"))[0].getData();
		IPropertySource properties = Adapters.adapt(campaign, IPropertySource.class);
		List<String> names = Arrays.stream(properties.getPropertyDescriptors()).map(d -> d.getDisplayName()).toList();
		assertTrue(names.containsAll(List.of("Идентификатор", "Учебный год", "Статус")), names::toString);
	}

	private static TreeItem topItem(String label) {
		return Arrays.stream(navigator.viewer().getTree().getItems()).filter(item -> item.getText().equals(label))
				.findFirst().orElseThrow();
	}

	private static TreeItem[] children(TreeItem item) {
		navigator.viewer().expandToLevel(item.getData(), 1);
		Workbench.flush();
		return item.getItems();
	}
}
