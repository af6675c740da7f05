package org.profmonitor.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.SpravkaData;
import org.profmonitor.reports.internal.IndicatorChart;
import org.profmonitor.reports.internal.IndicatorChart.Bar;

/** The справка's bar charts, read back from their PNG pixels. */
class IndicatorChartTest {

    private static final List<Bar> BARS = List.of(new Bar("город Тверь", 58.9, 50.0, false),
            new Bar("Бежецкий муниципальный округ", 32.1, 50.0, true), new Bar("ЗАТО Озёрный", 100.0, null, false),
            new Bar("Весьегонский муниципальный округ", 12.5, 40.0, true), new Bar("Сонковский", 71.4, 70.0, false));

    @Test
    void aBarPerMunicipalityColouredAgainstItsPlan() throws IOException {
        IndicatorChart chart = new IndicatorChart(BARS, true);
        BufferedImage image = read(chart.png());
        int x = chart.plotLeftPixel() + 2;
        for (int i = 0; i < BARS.size(); i++) {
            Bar bar = BARS.get(i);
            int y = chart.barMiddlePixel(i);
            Color expected = bar.belowPlan() ? IndicatorChart.BAR_BELOW_PLAN : IndicatorChart.BAR;
            assertEquals(expected, colour(image, x, y), bar.name() + ": the bar's colour at its start");
            assertEquals(expected, colour(image, chart.valuePixel(bar.value()) - 3, y), bar.name() + ": the bar reaches its value");
            assertNotEquals(expected, colour(image, chart.valuePixel(bar.value()) + 3, y), bar.name() + ": the bar ends at its value");
            if (bar.plan() != null) {
                int plan = chart.valuePixel(bar.plan());
                int top = chart.barMiddlePixel(i) - (chart.barMiddlePixel(1) - chart.barMiddlePixel(0)) * 4 / 10;
                assertEquals(IndicatorChart.PLAN, colour(image, plan, top), bar.name() + ": the plan's mark across the row");
            }
        }
        assertEquals(BARS.size(), barsDownThePlot(chart, image, x), "one bar per municipality, no more");
    }

    @Test
    void aPaletteImageWithTheChartsColoursExactlyAndNoAlpha() throws IOException {
        BufferedImage image = read(new IndicatorChart(BARS, true).png());
        IndexColorModel palette = assertInstance(image);
        assertEquals(false, palette.hasAlpha(), "no alpha channel: the PDF writer would add a mask image");
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < palette.getMapSize(); i++) {
            colours.add(new Color(palette.getRGB(i)));
        }
        assertTrue(colours.containsAll(IndicatorChart.COLOURS), "the flat colours exactly: " + colours.size());
        assertEquals(Math.round(IndicatorChart.WIDTH_POINTS * 192 / 72), image.getWidth(), "192 dpi over the text width");
    }

    @Test
    void theAxisEndsAtARoundNumberAboveEveryValueAndPlan() {
        // percentages run to 100 whatever the largest value
        assertEquals(chart(true, 40, 58.9, null).valuePixel(50), chart(true, 40, 99.0, null).valuePixel(50));
        // counts: 23 with a plan of 30 ends at 30 (steps of 10), as 30 itself does; 31 needs 40
        IndicatorChart toThirty = chart(false, 7, 23, 30.0);
        assertEquals(chart(false, 7, 30, null).valuePixel(30), toThirty.valuePixel(30));
        assertTrue(chart(false, 7, 31, null).valuePixel(30) < toThirty.valuePixel(30));
        assertEquals(IndicatorChart.BAR_BELOW_PLAN,
                colour(readUnchecked(toThirty.png()), toThirty.valuePixel(20), toThirty.barMiddlePixel(1)));
    }

    private static IndicatorChart chart(boolean percent, double first, double second, Double secondPlan) {
        return new IndicatorChart(List.of(new Bar("Андреапольский муниципальный округ", first, null, false),
                new Bar("Бельский муниципальный округ", second, secondPlan, secondPlan != null && second < secondPlan)),
                percent);
    }

    @Test
    void theSpravkaChartsEachIndicatorOfTwoOrMoreMunicipalitiesOnItsLastRow() throws IOException {
        IndicatorSetContribution tver = IndicatorSetRegistry.getDefault().find("org.profmonitor.region.tver.set2022")
                .orElseThrow();
        ReportData data = SpravkaData.forDemoCampaign(tver, "tver-2022-23");
        List<Map<String, Object>> rows = data.rows(SpravkaData.VALUES);
        int charts = 0;
        for (int i = 0; i < rows.size(); i++) {
            Object indicator = rows.get(i).get("indicator");
            boolean last = i == rows.size() - 1 || !indicator.equals(rows.get(i + 1).get("indicator"));
            Object chart = data.value(SpravkaData.VALUES, i, SpravkaData.CHART);
            if (!last) {
                assertEquals(null, chart, indicator + ": a chart only on the indicator's last row");
                continue;
            }
            List<Map<String, Object>> ofIndicator = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                if (indicator.equals(row.get("indicator"))) {
                    ofIndicator.add(row);
                }
            }
            assertEquals(ofIndicator.size() >= 2, chart instanceof byte[], indicator + ": a chart for two or more municipalities");
            if (chart instanceof byte[] png) {
                charts++;
                BufferedImage image = read(png);
                assertTrue(image.getHeight() > ofIndicator.size() * 11 * 192 / 72,
                        indicator + ": a row of the chart per municipality");
            }
        }
        assertEquals(29, charts, "Tver's 29 indicators each have values of many municipalities");
    }

    private static int barsDownThePlot(IndicatorChart chart, BufferedImage image, int x) {
        int rowHeight = chart.barMiddlePixel(1) - chart.barMiddlePixel(0);
        int bottom = chart.barMiddlePixel(BARS.size() - 1) + rowHeight / 2;
        int runs = 0;
        boolean inBar = false;
        for (int y = 0; y < bottom; y++) {
            Color c = colour(image, x, y);
            boolean bar = c.equals(IndicatorChart.BAR) || c.equals(IndicatorChart.BAR_BELOW_PLAN);
            if (bar && !inBar) {
                runs++;
            }
            inBar = bar;
        }
        return runs;
    }

    private static IndexColorModel assertInstance(BufferedImage image) {
        assertTrue(image.getColorModel() instanceof IndexColorModel, "a palette PNG: " + image.getColorModel());
        return (IndexColorModel) image.getColorModel();
    }

    private static Color colour(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y) & 0xffffff);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotEquals(null, image, "not a readable image");
        return image;
    }

    private static BufferedImage readUnchecked(byte[] png) {
        try {
            return read(png);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
