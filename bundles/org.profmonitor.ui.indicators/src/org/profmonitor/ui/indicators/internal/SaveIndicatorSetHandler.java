package org.profmonitor.ui.indicators.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * «Сохранить» (Ctrl+S) while the indicator-set editor is active: the application's action bar
 * has no Save action of its own.
 */
public final class SaveIndicatorSetHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		if (editor.isDirty()) {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().saveEditor(editor, false);
		}
		return null;
	}
}
