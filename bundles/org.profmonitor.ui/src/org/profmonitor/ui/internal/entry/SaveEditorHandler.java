package org.profmonitor.ui.internal.entry;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The workbench's «Сохранить» command (Ctrl+S) for the data entry editor: the application's
 * action bar has no Save action, so without this handler the command would have none.
 */
public final class SaveEditorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		if (editor.isDirty()) {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().saveEditor(editor, false);
		}
		return null;
	}
}
