package org.profmonitor.ui.internal.entry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.ui.internal.Messages;

/**
 * Narrows the grid to one municipality's organisations: a region has over a hundred, and data
 * usually arrives district by district.
 */
final class MunicipalityChoice extends ViewerFilter {

	private final EntryGrid grid;
	private final List<String> codes = new ArrayList<>();
	private final Combo combo;
	private String chosen;

	MunicipalityChoice(Composite parent, EntryGrid grid, StructuredViewer viewer) {
		this.grid = grid;
		new Label(parent, SWT.NONE).setText(Messages.Results_Municipality);
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.add(Messages.Results_All);
		codes.add(null);
		for (Municipality municipality : grid.campaign().directory().getMunicipalities()) {
			combo.add(municipality.getName());
			codes.add(municipality.getCode());
		}
		combo.select(0);
		combo.addListener(SWT.Selection, event -> {
			chosen = codes.get(combo.getSelectionIndex());
			viewer.refresh();
		});
	}

	/** @param municipalityCode a municipality's code, or {@code null} for all; as the user's choice */
	void choose(String municipalityCode) {
		combo.select(Math.max(0, codes.indexOf(municipalityCode)));
		combo.notifyListeners(SWT.Selection, null);
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (chosen == null) {
			return true;
		}
		Organisation organisation = grid.organisations().get((Integer) element);
		return organisation.getMunicipality() != null && chosen.equals(organisation.getMunicipality().getCode());
	}

	/** @return the chosen municipality's code, or {@code null} for all */
	String chosen() {
		return chosen;
	}
}
