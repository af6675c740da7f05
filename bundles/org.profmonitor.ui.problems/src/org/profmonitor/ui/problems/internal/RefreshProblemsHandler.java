package org.profmonitor.ui.problems.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** «Обновить проблемы»: checks the indicator sets and the data again (in a Job). */
public final class RefreshProblemsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProblemsRefresh.request();
		return null;
	}
}
