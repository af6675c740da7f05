package org.profmonitor.ui.internal.entry;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The workbench's «Обновить» command (F5) for the data entry editor: reads the campaign's values
 * again, so that a user of a shared database sees what the others saved.
 */
public final class ReloadEditorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditorChecked(event) instanceof DataEntryEditor editor) {
			editor.reload();
		}
		return null;
	}
}
