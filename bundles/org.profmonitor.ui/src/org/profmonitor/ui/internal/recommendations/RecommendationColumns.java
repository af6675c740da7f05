package org.profmonitor.ui.internal.recommendations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.store.RecommendationEdit;
import org.profmonitor.ui.internal.Dates;
import org.profmonitor.ui.internal.Messages;

/**
 * The recommendations table's columns. Action, deadline, responsible and status are edited in
 * place; an edit is handed to the view as a {@link RecommendationEdit}, which the store applies and
 * keeps in the history. Overdue rows are tinted red.
 */
final class RecommendationColumns {

	/** Deadlines as Russian documents write them. */
	static final DateTimeFormatter DATE = Dates.FORMAT;

	static final Color OVERDUE = new Color(250, 205, 205);

	/** Where an edit goes: the view saves it in a Job. */
	interface Editor {
		void change(RecommendationRow row, RecommendationEdit edit);
	}

	private RecommendationColumns() {
	}

	static void create(TableViewer viewer, Editor editor) {
		add(viewer, Messages.Recommendations_Number, 40, row -> Integer.toString(row.number()), null);
		add(viewer, Messages.Recommendations_Addressee, 260, row -> row.recommendation().getAddressee(), null);
		add(viewer, Messages.Recommendations_Action, 420, row -> row.recommendation().getAction(),
				new TextEditing(viewer, editor, row -> row.recommendation().getAction(),
						text -> new RecommendationEdit(null, text, null, null)));
		add(viewer, Messages.Recommendations_Deadline, 110, RecommendationColumns::deadline, new DeadlineEditing(viewer, editor));
		add(viewer, Messages.Recommendations_Responsible, 220, row -> row.recommendation().getResponsible(),
				new TextEditing(viewer, editor, row -> row.recommendation().getResponsible(),
						text -> new RecommendationEdit(null, null, null, text)));
		add(viewer, Messages.Recommendations_Status, 120, row -> StatusNames.of(row.recommendation().getStatus()),
				new StatusEditing(viewer, editor));
		add(viewer, Messages.Recommendations_Indicator, 80, row -> row.recommendation().getIndicatorCode(), null);
	}

	static String deadline(RecommendationRow row) {
		Recommendation recommendation = row.recommendation();
		if (recommendation.getDeadline() != null) {
			return DATE.format(recommendation.getDeadline());
		}
		return recommendation.getDeadlineText(); // «постоянно», «в течение года»
	}

	private static void add(TableViewer viewer, String title, int width, Function<RecommendationRow, String> text,
			EditingSupport editing) {
		TableViewerColumn column = TextColumn.add(viewer, title, width, RecommendationRow.class, text,
				row -> row.overdue() ? OVERDUE : null);
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	/** What the three editable columns share: one cell editor each, every row editable. */
	private abstract static class Editing extends EditingSupport {
		final Editor editor;
		private final CellEditor cellEditor;

		Editing(TableViewer viewer, Editor editor, CellEditor cellEditor) {
			super(viewer);
			this.editor = editor;
			this.cellEditor = cellEditor;
		}

		@Override
		protected final CellEditor getCellEditor(Object element) {
			return cellEditor;
		}

		@Override
		protected final boolean canEdit(Object element) {
			return true;
		}
	}

	/** A text field; an unchanged or blank text is no edit. */
	private static final class TextEditing extends Editing {
		private final Function<RecommendationRow, String> current;
		private final Function<String, RecommendationEdit> edit;

		TextEditing(TableViewer viewer, Editor editor, Function<RecommendationRow, String> current,
				Function<String, RecommendationEdit> edit) {
			super(viewer, editor, new TextCellEditor(viewer.getTable()));
			this.current = current;
			this.edit = edit;
		}

		@Override
		protected Object getValue(Object element) {
			String value = current.apply((RecommendationRow) element);
			return value == null ? "" : value; //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			String text = ((String) value).strip();
			if (!text.isEmpty() && !text.equals(getValue(element))) {
				editor.change((RecommendationRow) element, edit.apply(text));
			}
		}
	}

	/** A date as dd.MM.yyyy; the cell editor refuses anything else and says why. */
	private static final class DeadlineEditing extends Editing {

		DeadlineEditing(TableViewer viewer, Editor editor) {
			super(viewer, editor, dateEditor(viewer));
		}

		private static CellEditor dateEditor(TableViewer viewer) {
			TextCellEditor cellEditor = new TextCellEditor(viewer.getTable());
			cellEditor.setValidator(value -> parse((String) value) == null
					? NLS.bind(Messages.Recommendations_WrongDate, value)
					: null);
			return cellEditor;
		}

		@Override
		protected Object getValue(Object element) {
			LocalDate deadline = ((RecommendationRow) element).recommendation().getDeadline();
			return deadline == null ? "" : DATE.format(deadline); //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			LocalDate date = value == null ? null : parse((String) value);
			if (date != null && !date.equals(((RecommendationRow) element).recommendation().getDeadline())) {
				editor.change((RecommendationRow) element, new RecommendationEdit(null, null, date, null));
			}
		}

		static LocalDate parse(String text) {
			return Dates.parse(text);
		}
	}

	/** The status from a drop-down of the five. */
	private static final class StatusEditing extends Editing {

		StatusEditing(TableViewer viewer, Editor editor) {
			super(viewer, editor, new ComboBoxCellEditor(viewer.getTable(), StatusNames.all(), SWT.READ_ONLY));
		}

		@Override
		protected Object getValue(Object element) {
			return Integer.valueOf(((RecommendationRow) element).recommendation().getStatus().getValue());
		}

		@Override
		protected void setValue(Object element, Object value) {
			RecommendationStatus status = RecommendationStatus.get(((Integer) value).intValue());
			if (status != null && status != ((RecommendationRow) element).recommendation().getStatus()) {
				editor.change((RecommendationRow) element, new RecommendationEdit(status, null, null, null));
			}
		}
	}
}
