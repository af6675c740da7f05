/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.nio.file.Path;

/**
 * One value of a data element for one organisation, read from a file and found valid.
 *
 * @param organisationCode the organisation's code as in the directory
 * @param elementCode      the data element's code as in the indicator set
 * @param disaggregation   the disaggregation (for example «ОВЗ»), or {@code null} for the total
 * @param value            the value; counts and flags are whole numbers
 * @param sourceFile       the file it was read from
 * @param sheet            the worksheet, or {@code null} for a CSV file
 * @param row              the 1-based row (the line of a CSV file)
 * @param column           the 1-based column
 */
public record ValueRecord(String organisationCode, String elementCode, String disaggregation, double value,
        Path sourceFile, String sheet, int row, int column) {

    /** @return where the value was read, for messages: a cell reference or a CSV line and column */
    public Location location() {
        return new Location(sourceFile, sheet, row, column);
    }
}
