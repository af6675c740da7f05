/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.csv;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header of a CSV file, in either of the two layouts accepted:
 * <ul>
 * <li>long: one row per value, columns organisation, element, value and optionally
 * disaggregation, in any order, named in Russian or English;</li>
 * <li>wide: one row per organisation, an organisation column and one column per data element
 * code (and optionally a disaggregation column).</li>
 * </ul>
 *
 * @param wide           whether the layout is wide
 * @param organisation   the 0-based organisation column
 * @param element        the 0-based element column (long layout), or -1
 * @param value          the 0-based value column (long layout), or -1
 * @param disaggregation the 0-based disaggregation column, or -1
 * @param names          the header cells as written
 */
public record CsvHeader(boolean wide, int organisation, int element, int value, int disaggregation,
        List<String> names) {

    private static final Set<String> ORGANISATION = Set.of("organisation", "organization", "org", "org_code", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "организация", "код_оо", "оо", "код_организации"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> ELEMENT = Set.of("element", "data_element", "indicator", "element_code", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "показатель", "элемент", "код_показателя", "элемент_данных"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> VALUE = Set.of("value", "значение"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> DISAGGREGATION = Set.of("disaggregation", "разрез"); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * Recognises a header row.
     *
     * @param cells the first row
     * @return the header, or {@code null} if it names no organisation column or is incomplete
     */
    public static CsvHeader recognise(List<String> cells) {
        int organisation = -1;
        int element = -1;
        int value = -1;
        int disaggregation = -1;
        for (int i = 0; i < cells.size(); i++) {
            String name = normalise(cells.get(i));
            if (ORGANISATION.contains(name) && organisation < 0) {
                organisation = i;
            } else if (ELEMENT.contains(name) && element < 0) {
                element = i;
            } else if (VALUE.contains(name) && value < 0) {
                value = i;
            } else if (DISAGGREGATION.contains(name) && disaggregation < 0) {
                disaggregation = i;
            }
        }
        if (organisation < 0) {
            return null;
        }
        if (element >= 0 && value >= 0) {
            return new CsvHeader(false, organisation, element, value, disaggregation, List.copyOf(cells));
        }
        if (element < 0 && value < 0 && cells.size() > 1) {
            return new CsvHeader(true, organisation, -1, -1, disaggregation, List.copyOf(cells));
        }
        return null;
    }

    /** @return the number of columns of the header */
    public int size() {
        return names.size();
    }

    /** @return whether the 0-based column holds a data element code in the wide layout */
    public boolean isElementColumn(int column) {
        return wide && column != organisation && column != disaggregation && !names.get(column).isBlank();
    }

    private static String normalise(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\-]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
