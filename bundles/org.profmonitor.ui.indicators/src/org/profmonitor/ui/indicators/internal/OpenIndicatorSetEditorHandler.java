package org.profmonitor.ui.indicators.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;

/**
 * «Редактировать набор показателей» on a set, criterion or indicator selected in the navigator:
 * opens the editor on the contribution of that set. The contribution is found by the set's id,
 * since the navigator may still show the objects of an earlier reading of the registry.
 */
public final class OpenIndicatorSetEditorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IndicatorSet set = selectedSet(HandlerUtil.getCurrentSelection(event));
		if (set == null) {
			return null;
		}
		IndicatorSetContribution contribution = contribution(set);
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(
					new IndicatorSetEditorInput(contribution.id(), contribution.indicatorSet().getTitle()),
					IndicatorSetEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	/**
	 * @param set a set as the navigator shows it
	 * @return the registry's contribution of that set now
	 * @throws ExecutionException if it is no longer installed
	 */
	static IndicatorSetContribution contribution(IndicatorSet set) throws ExecutionException {
		return IndicatorSetRegistry.getDefault().contributions().stream()
				.filter(candidate -> candidate.indicatorSet().getId().equals(set.getId())).findFirst()
				.orElseThrow(() -> new ExecutionException(NLS.bind(Messages.Editor_NoSet, set.getId())));
	}

	static IndicatorSet selectedSet(ISelection selection) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		if (first instanceof Indicator indicator) {
			first = indicator.getCriterion();
		}
		if (first instanceof Criterion criterion) {
			first = criterion.getIndicatorSet();
		}
		return first instanceof IndicatorSet set ? set : null;
	}
}
