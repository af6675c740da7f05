package org.profmonitor.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bar chart of one indicator in the справка: a horizontal bar per municipality in the
 * directory's order, its value at the bar's end, the bars of municipalities below their plan in
 * a colour of their own, each municipality's plan as a mark across its bar, and a legend.
 * <p>
 * Drawn here with Java2D rather than by BIRT's chart engine: the engine drew a 192 dpi
 * true-colour image with an alpha channel, which the PDF writer then decoded pixel by pixel
 * twice (once to lay it out, once to write it), about two thirds of the справка's time. This
 * image has no alpha and a palette ({@link PalettePng}), which the writer reads in rows.
 */
public final class IndicatorChart {

    /** The width of the chart on the page, in points (the справка's text width, as before). */
    public static final float WIDTH_POINTS = 460;

    /** Pixels per point: 192 dpi, so that the chart stays sharp on paper. */
    static final float SCALE = 192f / 72f;

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = Color.BLACK;
    public static final Color GRID = new Color(217, 217, 217);
    public static final Color AXIS = new Color(128, 128, 128);
    /** A bar of a municipality that reached its plan or has none. */
    public static final Color BAR = new Color(70, 114, 196);
    /** A bar of a municipality below its plan. */
    public static final Color BAR_BELOW_PLAN = new Color(237, 125, 49);
    public static final Color PLAN = new Color(192, 0, 0);

    /** The colours the chart draws, apart from the text's antialiased shades. */
    public static final List<Color> COLOURS = List.of(BACKGROUND, TEXT, GRID, AXIS, BAR, BAR_BELOW_PLAN, PLAN);

    private static final float FONT_POINTS = 7.5f;
    private static final float MARGIN = 6;
    private static final float GAP = 4;
    private static final float MAX_LABEL_WIDTH = 210;
    /** Room right of the longest bar for its value. */
    private static final float VALUE_ROOM = 26;
    private static final float AXIS_HEIGHT = 14;
    private static final float LEGEND_HEIGHT = 16;
    private static final int TICKS = 5;
    /**
     * The row of a municipality, in points, when there are many: small enough that Tver's 43 fit
     * one page below the headers BIRT repeats (an image taller than the room left is cut).
     */
    private static final float ROW_MANY = 11.5f;
    private static final float ROW_FEW = 16;

    private static Font baseFont;

    /**
     * One municipality's bar.
     *
     * @param name the municipality's name
     * @param value its value
     * @param plan its plan value, or {@code null} if it has none as a number
     * @param belowPlan whether it is below its plan
     */
    public record Bar(String name, double value, Double plan, boolean belowPlan) {
    }

    private final List<Bar> bars;
    private final boolean percent;
    private final float rowHeight;
    private final float labelWidth;
    private final float axisMax;
    private final Font font;

    /**
     * @param bars the municipalities, top to bottom
     * @param percent whether the values are percentages (an axis to at least 100, one decimal)
     */
    public IndicatorChart(List<Bar> bars, boolean percent) {
        this.bars = List.copyOf(bars);
        this.percent = percent;
        this.rowHeight = bars.size() > 10 ? ROW_MANY : ROW_FEW;
        this.font = font();
        this.labelWidth = Math.min(MAX_LABEL_WIDTH, widestLabel());
        this.axisMax = axisMax();
    }

    /** @return the chart's height on the page in points, for the given width of {@link #WIDTH_POINTS} */
    public float heightPoints() {
        return MARGIN + bars.size() * rowHeight + AXIS_HEIGHT + LEGEND_HEIGHT + MARGIN;
    }

    /** @return the chart as a palette PNG at 192 dpi */
    public byte[] png() {
        return PalettePng.encode(draw(), COLOURS, TEXT, BACKGROUND);
    }

    /** @return the x of the plot's left edge (the value 0) in pixels; for tests */
    public int plotLeftPixel() {
        return Math.round(plotLeft() * SCALE);
    }

    /** @return the y of the middle of the bar at {@code index} in pixels; for tests */
    public int barMiddlePixel(int index) {
        return Math.round((MARGIN + (index + 0.5f) * rowHeight) * SCALE);
    }

    /** @return the x of {@code value} on the plot in pixels; for tests */
    public int valuePixel(double value) {
        return Math.round(x(value) * SCALE);
    }

    public BufferedImage draw() {
        int width = Math.round(WIDTH_POINTS * SCALE);
        int height = Math.round(heightPoints() * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            g.scale(SCALE, SCALE);
            // Shapes stay crisp in the palette's few colours; only the text is antialiased.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(font);
            drawGrid(g);
            drawBars(g);
            drawLegend(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawGrid(Graphics2D g) {
        float top = MARGIN;
        float bottom = MARGIN + bars.size() * rowHeight;
        FontMetrics metrics = g.getFontMetrics();
        g.setStroke(new BasicStroke(0.5f));
        for (int tick = 0; tick <= TICKS; tick++) {
            double value = axisMax * tick / TICKS;
            float x = x(value);
            g.setColor(tick == 0 ? AXIS : GRID);
            g.draw(new Line2D.Float(x, top, x, bottom));
            String text = number(value, false);
            g.setColor(TEXT);
            g.drawString(text, x - metrics.stringWidth(text) / 2f, bottom + 2 + metrics.getAscent());
        }
        g.setColor(AXIS);
        g.draw(new Line2D.Float(plotLeft(), bottom, plotRight(), bottom));
    }

    private void drawBars(Graphics2D g) {
        FontMetrics metrics = g.getFontMetrics();
        float barHeight = rowHeight * 0.62f;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float rowTop = MARGIN + i * rowHeight;
            float baseline = rowTop + (rowHeight + metrics.getAscent() - metrics.getDescent()) / 2f;
            String name = fit(bar.name(), metrics);
            g.setColor(TEXT);
            g.drawString(name, plotLeft() - GAP - metrics.stringWidth(name), baseline);
            float end = x(Math.max(0, bar.value()));
            g.setColor(bar.belowPlan() ? BAR_BELOW_PLAN : BAR);
            g.fill(new Rectangle2D.Float(plotLeft(), rowTop + (rowHeight - barHeight) / 2f, end - plotLeft(), barHeight));
            g.setColor(TEXT);
            g.drawString(number(bar.value(), percent), end + 2, baseline);
            if (bar.plan() != null) {
                float plan = x(bar.plan());
                g.setColor(PLAN);
                g.fill(new Rectangle2D.Float(plan - 0.75f, rowTop + 1, 1.5f, rowHeight - 2));
            }
        }
    }

    private void drawLegend(Graphics2D g) {
        FontMetrics metrics = g.getFontMetrics();
        float y = MARGIN + bars.size() * rowHeight + AXIS_HEIGHT + LEGEND_HEIGHT / 2f;
        float baseline = y + (metrics.getAscent() - metrics.getDescent()) / 2f;
        float x = plotLeft();
        List<Object[]> entries = new ArrayList<>();
        entries.add(new Object[] { BAR, Messages.Chart_Value });
        if (bars.stream().anyMatch(Bar::belowPlan)) {
            entries.add(new Object[] { BAR_BELOW_PLAN, Messages.Chart_BelowPlan });
        }
        if (bars.stream().anyMatch(bar -> bar.plan() != null)) {
            entries.add(new Object[] { PLAN, Messages.Chart_Plan });
        }
        for (Object[] entry : entries) {
            Color colour = (Color) entry[0];
            String text = (String) entry[1];
            g.setColor(colour);
            if (colour == PLAN) {
                g.fill(new Rectangle2D.Float(x + 3.25f, y - 4, 1.5f, 8));
            } else {
                g.fill(new Rectangle2D.Float(x, y - 3.5f, 8, 7));
            }
            g.setColor(TEXT);
            g.drawString(text, x + 11, baseline);
            x += 11 + metrics.stringWidth(text) + 14;
        }
    }

    private float plotLeft() {
        return MARGIN + labelWidth + GAP;
    }

    private float plotRight() {
        return WIDTH_POINTS - MARGIN - VALUE_ROOM;
    }

    private float x(double value) {
        return plotLeft() + (float) (value / axisMax) * (plotRight() - plotLeft());
    }

    /** The axis ends at a round number above every value and plan: 100 for percentages when it fits. */
    private float axisMax() {
        double max = 0;
        for (Bar bar : bars) {
            max = Math.max(max, bar.value());
            if (bar.plan() != null) {
                max = Math.max(max, bar.plan());
            }
        }
        if (percent && max <= 100) {
            return 100;
        }
        if (!(max > 0) || Double.isInfinite(max)) {
            return 1;
        }
        double step = niceStep(max / TICKS);
        return (float) (Math.ceil(max / step) * step);
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (factor * power >= raw * (1 - 1e-9)) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private float widestLabel() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontMetrics metrics = g.getFontMetrics(font);
            float widest = 0;
            for (Bar bar : bars) {
                widest = Math.max(widest, metrics.stringWidth(bar.name()));
            }
            return widest;
        } finally {
            g.dispose();
        }
    }

    /** A name wider than the label column loses its end to an ellipsis (the table beside has it whole). */
    private String fit(String name, FontMetrics metrics) {
        if (metrics.stringWidth(name) <= labelWidth) {
            return name;
        }
        String cut = name;
        while (cut.length() > 1 && metrics.stringWidth(cut + '\u2026') > labelWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + '\u2026';
    }

    /** As the справка's table writes numbers: a decimal comma, one decimal for percentages. */
    static String number(double value, boolean oneDecimal) {
        DecimalFormat format = new DecimalFormat(oneDecimal ? "0.0" : "0.##", //$NON-NLS-1$ //$NON-NLS-2$
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru"))); //$NON-NLS-1$
        return format.format(value);
    }

    /** DejaVu Sans from this bundle, as in the document's text; the JDK's sans serif if it cannot be read. */
    private static synchronized Font font() {
        if (baseFont == null) {
            try (InputStream in = IndicatorChart.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) { //$NON-NLS-1$
                baseFont = in == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 1) : Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                baseFont = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
            }
        }
        return baseFont.deriveFont(FONT_POINTS);
    }
}
