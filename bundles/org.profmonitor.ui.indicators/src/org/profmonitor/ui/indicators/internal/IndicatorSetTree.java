package org.profmonitor.ui.indicators.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.profmonitor.core.formula.FormulaProblem;
import org.profmonitor.model.Coded;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;

/** Content and labels of the editor's tree: set → criteria → indicators, and the data elements. */
final class IndicatorSetTree {

	private IndicatorSetTree() {
	}

	/**
	 * The input is a list holding the edited {@link IndicatorSet}: the set is the tree's one top
	 * item, and it must not be the input too, or revealing a criterion would look for it among
	 * the top items.
	 */
	static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof IndicatorSet set) {
				List<Object> children = new java.util.ArrayList<>(set.getCriteria());
				children.add(new DataElementsNode(set));
				return children.toArray();
			}
			if (parent instanceof Criterion criterion) {
				return criterion.getIndicators().toArray();
			}
			if (parent instanceof DataElementsNode node) {
				return node.set().getDataElements().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Indicator indicator) {
				return indicator.getCriterion();
			}
			if (element instanceof Criterion criterion) {
				return criterion.getIndicatorSet();
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/** Codes and names; an indicator whose formula has a problem in red, with the count. */
	static final class Labels extends LabelProvider implements IColorProvider {

		private Map<Indicator, List<FormulaProblem>> faulty = Map.of();

		void setFaulty(Map<Indicator, List<FormulaProblem>> faulty) {
			this.faulty = faulty;
		}

		@Override
		public String getText(Object element) {
			if (element instanceof IndicatorSet set) {
				return set.getTitle() == null ? set.getId() : set.getTitle();
			}
			if (element instanceof DataElementsNode) {
				return Messages.Editor_DataElements;
			}
			if (element instanceof Coded coded) {
				String name = coded.getName() == null ? "" : coded.getName(); //$NON-NLS-1$
				List<FormulaProblem> problems = faulty.get(element);
				// the count before the name, which the tree's width often cuts
				return problems == null ? (coded.getCode() + ' ' + name).trim()
						: NLS.bind(Messages.Editor_TreeFaulty,
								new Object[] { coded.getCode(), Integer.toString(problems.size()), name });
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			return faulty.containsKey(element)
					? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
					: null;
		}

		@Override
		public Color getForeground(Object element) {
			return faulty.containsKey(element) ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null;
		}

		@Override
		public Color getBackground(Object element) {
			return null;
		}
	}
}
