package org.profmonitor.ui.internal.entry;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A cell typed into as text. Every keystroke is checked against the row (so "part above whole"
 * shows before the cell is left); the commit goes to the editor as an undoable operation.
 */
final class CellEditing extends EditingSupport {

	private final DataEntryEditor editor;
	private final int column;
	private final TextCellEditor cellEditor;
	private int editedRow = -1;

	CellEditing(ColumnViewer viewer, DataEntryEditor editor, int column) {
		super(viewer);
		this.editor = editor;
		this.column = column;
		this.cellEditor = new TextCellEditor((Composite) viewer.getControl());
		cellEditor.addListener(new ICellEditorListener() {
			@Override
			public void editorValueChanged(boolean oldValidState, boolean newValidState) {
				if (editedRow >= 0) {
					Text text = (Text) cellEditor.getControl();
					String problem = editor.typing(editedRow, column, text.getText());
					text.setBackground(problem == null ? null : CellLabels.PROBLEM);
				}
			}

			@Override
			public void cancelEditor() {
				editedRow = -1;
			}

			@Override
			public void applyEditorValue() {
				// the value arrives through setValue
			}
		});
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return cellEditor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return true;
	}

	@Override
	protected void initializeCellEditorValue(CellEditor editorOfCell, ViewerCell cell) {
		editedRow = (Integer) cell.getElement();
		super.initializeCellEditorValue(editorOfCell, cell);
	}

	@Override
	protected Object getValue(Object element) {
		return editor.grid().text((Integer) element, column);
	}

	@Override
	protected void setValue(Object element, Object value) {
		editedRow = -1;
		editor.enter((Integer) element, column, (String) value);
	}
}
