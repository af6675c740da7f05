package org.profmonitor.ui.internal.recommendations;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A text column of the view's two tables, its full text as tooltip: actions are paragraphs. */
final class TextColumn {

	private TextColumn() {
	}

	/**
	 * @param <T>        the rows' type
	 * @param background the row's colour, {@code null} for none
	 */
	static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type,
			Function<T, String> text, Function<T, Color> background) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(type.cast(element));
				return value == null ? "" : value; //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}

			@Override
			public Color getBackground(Object element) {
				return background.apply(type.cast(element));
			}
		});
		return column;
	}
}
