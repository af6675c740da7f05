package org.profmonitor.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Directory;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.ui.internal.Messages;

/**
 * Regions → municipalities → organisations; indicator sets → criteria → indicators; campaigns.
 * The model objects are the registry's own, shown read-only.
 */
final class NavigatorContentProvider implements ITreeContentProvider {

	/* the folders of the current input, so that getParent() can name them */
	private Object[] folders = new Object[0];

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof NavigatorInput navigator)) {
			return new Object[0];
		}
		List<Directory> regions = new ArrayList<>();
		List<IndicatorSet> sets = new ArrayList<>();
		for (IndicatorSetContribution contribution : navigator.contributions()) {
			if (!regions.contains(contribution.directory())) {
				regions.add(contribution.directory());
			}
			sets.add(contribution.indicatorSet());
		}
		folders = new Object[] { new NavigatorFolder(Messages.Navigator_Regions, regions),
				new NavigatorFolder(Messages.Navigator_IndicatorSets, sets),
				new NavigatorFolder(Messages.Navigator_Campaigns, navigator.campaigns()) };
		return folders;
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof NavigatorFolder folder) {
			return folder.children().toArray();
		}
		if (parent instanceof Directory directory) {
			return directory.getMunicipalities().toArray();
		}
		if (parent instanceof Municipality municipality) {
			return municipality.getOrganisations().toArray();
		}
		if (parent instanceof IndicatorSet set) {
			return set.getCriteria().toArray();
		}
		if (parent instanceof Criterion criterion) {
			return criterion.getIndicators().toArray();
		}
		return new Object[0];
	}

	/* needed to select or reveal an element whose item was not created yet */
	@Override
	public Object getParent(Object element) {
		if (element instanceof Municipality || element instanceof Organisation || element instanceof Criterion
				|| element instanceof Indicator) {
			return ((EObject) element).eContainer();
		}
		NavigatorComparer comparer = new NavigatorComparer();
		for (Object folder : folders) {
			if (((NavigatorFolder) folder).children().stream().anyMatch(child -> comparer.equals(child, element))) {
				return folder;
			}
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
