package org.profmonitor.ui.internal.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.profmonitor.model.Coded;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.Messages;

/** Names as the regulation writes them; codes in front of criteria and indicators, as in the reports. */
final class NavigatorLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof NavigatorFolder folder) {
			return folder.label();
		}
		if (element instanceof Directory directory) {
			return directory.getRegion() == null ? "" : directory.getRegion().getName(); //$NON-NLS-1$
		}
		if (element instanceof IndicatorSet set) {
			return set.getTitle() == null ? set.getId() : set.getTitle();
		}
		if (element instanceof Criterion || element instanceof Indicator) {
			Coded coded = (Coded) element;
			return coded.getCode() + ' ' + coded.getName();
		}
		if (element instanceof Coded coded) {
			return coded.getName() == null ? coded.getCode() : coded.getName();
		}
		if (element instanceof CampaignInfo campaign) {
			String title = campaign.title() == null ? campaign.id() : campaign.title();
			return NLS.bind(Messages.Navigator_CampaignLabel, title, campaign.academicYear());
		}
		return String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		String key = element instanceof NavigatorFolder || hasChildren(element) ? ISharedImages.IMG_OBJ_FOLDER
				: ISharedImages.IMG_OBJ_ELEMENT;
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	private static boolean hasChildren(Object element) {
		return element instanceof Directory || element instanceof IndicatorSet || element instanceof Criterion
				|| element instanceof org.profmonitor.model.Municipality;
	}
}
