package org.profmonitor.ui.internal.entry;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.ui.internal.Messages;

/** One typed cell, on the workbench's operation history so that Ctrl+Z and Ctrl+Y undo and redo it. */
final class SetCellOperation extends AbstractOperation {

	private final EntryGrid grid;
	private final int row;
	private final int column;
	private final String before;
	private final String after;

	SetCellOperation(EntryGrid grid, IUndoContext context, int row, int column, String after) {
		super(NLS.bind(Messages.Entry_EditLabel, grid.elements().get(column).getCode()));
		this.grid = grid;
		this.row = row;
		this.column = column;
		this.before = grid.text(row, column);
		this.after = after == null ? "" : after.strip(); //$NON-NLS-1$
		addContext(context);
	}

	/** @return whether the operation would change anything; unchanged texts are not recorded */
	boolean changes() {
		return !before.equals(after);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		grid.setText(row, column, after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		grid.setText(row, column, before);
		return Status.OK_STATUS;
	}
}
