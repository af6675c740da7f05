/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

/** What is wrong with an imported file or value. */
public enum ProblemKind {
    /** The organisation code is not in the directory. */
    UNKNOWN_ORGANISATION,
    /** The data element code is not in the indicator set. */
    UNKNOWN_ELEMENT,
    /** The value is empty where one is required, or is not a number. */
    NOT_A_NUMBER,
    /** A count (COUNT element) is negative. */
    NEGATIVE_COUNT,
    /** A count (COUNT element) has a fractional part. */
    NOT_INTEGER,
    /** A flag (FLAG element) is neither 0 nor 1. */
    FLAG_NOT_BINARY,
    /** The value is below the element's minimum or above its maximum. */
    OUT_OF_RANGE,
    /** A part is greater than its whole, or parts of one group sum to more than their whole. */
    PART_ABOVE_WHOLE,
    /** The same organisation, element and disaggregation appear twice (in one file or across files). */
    DUPLICATE,
    /** A CSV file cannot be parsed, for example a quote is never closed. */
    MALFORMED_CSV,
    /** A CSV row has another number of columns than the header. */
    WRONG_COLUMN_COUNT,
    /** The CSV header names neither the long nor the wide format. */
    UNRECOGNISED_HEADER,
    /** The file cannot be read or is not a valid workbook. */
    UNREADABLE_FILE,
    /** The workbook is not a ProfMonitor data-collection template (its marker is missing). */
    NOT_A_TEMPLATE,
    /** The template was made for another campaign. */
    WRONG_CAMPAIGN,
    /** The file is neither XLSX nor CSV. */
    UNSUPPORTED_FILE
}
