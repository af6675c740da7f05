package org.profmonitor.ui.internal.exchange;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.ui.internal.Messages;

/** The campaign a wizard works on: a drop-down of the database's campaigns. */
final class CampaignChoice {

	private final Combo combo;
	private final List<String> ids = new ArrayList<>();

	CampaignChoice(Composite parent, List<CampaignInfo> campaigns, String chosen, Runnable changed) {
		new Label(parent, SWT.NONE).setText(Messages.Exchange_Campaign);
		combo = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		for (CampaignInfo campaign : campaigns) {
			combo.add(campaign.title() == null ? campaign.id()
					: NLS.bind(Messages.Navigator_CampaignLabel, campaign.title(), campaign.id()));
			ids.add(campaign.id());
		}
		combo.select(ids.indexOf(chosen));
		combo.addListener(SWT.Selection, event -> changed.run());
	}

	/** @return the id chosen, or {@code null} */
	String chosen() {
		int index = combo.getSelectionIndex();
		return index < 0 ? null : ids.get(index);
	}

	void choose(String id) {
		combo.select(ids.indexOf(id));
		combo.notifyListeners(SWT.Selection, null);
	}
}
