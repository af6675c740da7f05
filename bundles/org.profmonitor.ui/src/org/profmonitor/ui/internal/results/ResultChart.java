package org.profmonitor.ui.internal.results;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.profmonitor.ui.internal.Messages;

/**
 * A bar chart drawn on an SWT canvas: one indicator across the municipalities, a horizontal bar
 * each (municipality names are long), green or red by the plan, the plan as a dark tick on each
 * bar (last year's value for a plan "not below last year"). Percentages are drawn on 0–100, counts on 0 to the largest value or plan.
 */
final class ResultChart {

	private static final Color REACHED = new Color(110, 180, 110);
	private static final Color MISSED = new Color(215, 100, 100);
	private static final Color UNDECIDED = new Color(150, 170, 200);
	private static final Color PLAN = new Color(30, 30, 30);
	private static final int NAME_WIDTH = 230;
	private static final int VALUE_WIDTH = 80;
	private static final int BAR_HEIGHT = 14;
	private static final int GAP = 4;

	private final Canvas canvas;
	private String heading = ""; //$NON-NLS-1$
	private List<ResultRow> bars = List.of();

	ResultChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.getVerticalBar().addListener(SWT.Selection, event -> canvas.redraw());
		canvas.addListener(SWT.Resize, event -> updateScroll());
	}

	Canvas control() {
		return canvas;
	}

	/**
	 * @param indicatorHeading the indicator's code and name, or "" for none
	 * @param rows             its municipality lines, in the order drawn
	 */
	void show(String indicatorHeading, List<ResultRow> rows) {
		heading = indicatorHeading;
		bars = List.copyOf(rows);
		updateScroll();
		canvas.redraw();
	}

	/** @return the lines drawn */
	List<ResultRow> bars() {
		return bars;
	}

	private int contentHeight() {
		return 2 * (BAR_HEIGHT + GAP) + bars.size() * (BAR_HEIGHT + GAP) + GAP;
	}

	private void updateScroll() {
		int visible = canvas.getClientArea().height;
		canvas.getVerticalBar().setMaximum(Math.max(contentHeight(), 1));
		canvas.getVerticalBar().setThumb(Math.max(1, Math.min(visible, contentHeight())));
		canvas.getVerticalBar().setPageIncrement(Math.max(1, visible));
	}

	private void paint(GC gc) {
		int top = GAP - canvas.getVerticalBar().getSelection();
		int width = canvas.getClientArea().width;
		if (bars.isEmpty()) {
			gc.drawText(Messages.Results_ChartEmpty, GAP, top, true);
			return;
		}
		gc.drawText(NLS.bind(Messages.Results_ChartTitle, heading), GAP, top, true);
		int legend = top + BAR_HEIGHT + GAP;
		gc.setBackground(REACHED);
		gc.fillRectangle(GAP, legend + 2, 10, 10);
		gc.drawText(Messages.Results_ChartReached, GAP + 14, legend, true);
		gc.setBackground(MISSED);
		gc.fillRectangle(GAP + 130, legend + 2, 10, 10);
		gc.drawText(Messages.Results_ChartMissed, GAP + 144, legend, true);
		gc.setForeground(PLAN);
		gc.setLineWidth(2);
		gc.drawLine(GAP + 280, legend, GAP + 280, legend + BAR_HEIGHT);
		gc.drawText(Messages.Results_ChartPlan, GAP + 286, legend, true);
		double scale = scale();
		int barLeft = GAP + NAME_WIDTH;
		int barSpace = Math.max(20, width - barLeft - VALUE_WIDTH - GAP);
		int y = legend + BAR_HEIGHT + 2 * GAP;
		for (ResultRow row : bars) {
			gc.drawText(shorten(gc, row.unitName(), NAME_WIDTH - GAP), GAP, y, true);
			if (row.number() != null) {
				int length = (int) Math.round(barSpace * Math.min(1, Math.max(0, row.number() / scale)));
				gc.setBackground(row.reached() == null ? UNDECIDED : row.reached() ? REACHED : MISSED);
				gc.fillRectangle(barLeft, y + 1, Math.max(1, length), BAR_HEIGHT - 2);
			}
			if (row.planNumber() != null) {
				int x = barLeft + (int) Math.round(barSpace * Math.min(1, row.planNumber() / scale));
				gc.drawLine(x, y - 1, x, y + BAR_HEIGHT + 1);
			}
			gc.drawText(row.value(), barLeft + barSpace + GAP, y, true);
			y += BAR_HEIGHT + GAP;
		}
	}

	/** @return the value drawn as a full bar */
	private double scale() {
		if (bars.get(0).percent()) {
			return 100;
		}
		double largest = 0;
		for (ResultRow row : bars) {
			largest = Math.max(largest, row.number() == null ? 0 : row.number());
			largest = Math.max(largest, row.planNumber() == null ? 0 : row.planNumber());
		}
		return largest <= 0 ? 1 : largest;
	}

	private static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shortened = text;
		while (shortened.length() > 1) {
			shortened = shortened.substring(0, shortened.length() - 1);
			Point extent = gc.textExtent(shortened + '\u2026');
			if (extent.x <= width) {
				break;
			}
		}
		return shortened + '\u2026';
	}
}
