package org.profmonitor.ui.internal.results;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.profmonitor.ui.internal.Messages;

/** The results table's columns; the value and «достигнут» cells are green or red by the plan. */
final class ResultColumns {

	private static final Color REACHED = new Color(200, 235, 200);
	private static final Color MISSED = new Color(250, 205, 205);

	private ResultColumns() {
	}

	static void create(TableViewer viewer) {
		add(viewer, Messages.Results_Indicator, 70, SWT.LEFT, ResultRow::indicatorCode, false);
		add(viewer, Messages.Results_IndicatorName, 420, SWT.LEFT, ResultRow::indicatorName, false);
		add(viewer, Messages.Results_Unit, 220, SWT.LEFT, ResultRow::unitName, false);
		add(viewer, Messages.Results_Value, 90, SWT.RIGHT, ResultRow::value, true);
		// beside the value it ranks, where a narrow view still shows it
		add(viewer, Messages.Results_Rank, 60, SWT.RIGHT, ResultRow::rankText, false);
		add(viewer, Messages.Results_Fraction, 110, SWT.RIGHT, ResultRow::fraction, false);
		add(viewer, Messages.Results_Plan, 80, SWT.RIGHT, ResultRow::plan, false);
		add(viewer, Messages.Results_Reached, 80, SWT.CENTER, ResultRow::reachedText, true);
		add(viewer, Messages.Results_Previous, 90, SWT.RIGHT, ResultRow::previous, false);
		add(viewer, Messages.Results_Change, 100, SWT.RIGHT, ResultRow::change, false);
	}

	private static void add(TableViewer viewer, String title, int width, int style, Function<ResultRow, String> text,
			boolean coloured) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ResultRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((ResultRow) element); // names are sentences, columns are narrower
			}

			@Override
			public Color getBackground(Object element) {
				Boolean reached = ((ResultRow) element).reached();
				if (!coloured || reached == null) {
					return null;
				}
				return reached ? REACHED : MISSED;
			}
		});
	}
}
