package org.profmonitor.ui.internal.campaign;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.profmonitor.cycle.CampaignCompleteness.MunicipalityCompleteness;
import org.profmonitor.model.Organisation;
import org.profmonitor.ui.internal.Messages;

/**
 * The completeness page: one line per municipality (organisations that reported, values filled),
 * expanding to the organisations that sent nothing. A double click on a line asks for the data
 * entry of its municipality.
 */
public final class CompletenessTree {

	private static final Color INCOMPLETE = new Color(250, 205, 205);

	private final TreeViewer viewer;

	CompletenessTree(Composite parent, Consumer<String> openMunicipality) {
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new ContentProvider());
		column(Messages.Completeness_Unit, 460, SWT.LEFT, CompletenessTree::name);
		column(Messages.Completeness_Reported, 180, SWT.RIGHT, CompletenessTree::reported);
		column(Messages.Completeness_Share, 180, SWT.RIGHT, CompletenessTree::share);
		column(Messages.Completeness_Filled, 180, SWT.RIGHT, CompletenessTree::filled);
		viewer.addDoubleClickListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			String code = first instanceof MunicipalityCompleteness line ? line.municipality().getCode()
					: first instanceof Organisation organisation && organisation.getMunicipality() != null
							? organisation.getMunicipality().getCode()
							: null;
			if (code != null) {
				openMunicipality.accept(code);
			}
		});
	}

	private void column(String title, int width, int style, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getBackground(Object element) {
				boolean incomplete = element instanceof Organisation
						|| element instanceof MunicipalityCompleteness line && line.reported() < line.total();
				return incomplete ? INCOMPLETE : null;
			}
		});
	}

	private static String name(Object element) {
		if (element instanceof MunicipalityCompleteness line) {
			return line.municipality().getName();
		}
		Organisation organisation = (Organisation) element;
		return NLS.bind(Messages.Completeness_Silent, organisation.getName());
	}

	private static String reported(Object element) {
		if (element instanceof MunicipalityCompleteness line) {
			return NLS.bind(Messages.Completeness_OutOf, line.reported(), line.total());
		}
		return ((Organisation) element).getCode();
	}

	private static String share(Object element) {
		if (element instanceof MunicipalityCompleteness line && line.total() > 0) {
			return percent((double) line.reported() / line.total());
		}
		return ""; //$NON-NLS-1$
	}

	private static String filled(Object element) {
		return element instanceof MunicipalityCompleteness line ? percent(line.filledShare()) : ""; //$NON-NLS-1$
	}

	/** @return a share as Russian text, «58,3 %» */
	static String percent(double share) {
		return String.format(java.util.Locale.forLanguageTag("ru"), "%.1f\u00a0%%", share * 100); //$NON-NLS-1$ //$NON-NLS-2$
	}

	void setInput(List<MunicipalityCompleteness> lines) {
		viewer.setInput(lines);
	}

	/** @return the tree */
	public TreeViewer viewer() {
		return viewer;
	}

	private static final class ContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof MunicipalityCompleteness line ? line.silent().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof MunicipalityCompleteness line && !line.silent().isEmpty();
		}
	}
}
