/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.xlsx;

/**
 * Where things are on a data sheet (0-based indexes, as POI counts). The importer reads element
 * codes from {@link #CODE} and values from {@link #VALUE} starting at the first data row recorded
 * in the {@link TemplateMarker}, so the header may change without breaking old templates.
 */
public final class SheetLayout {

    /** Column of the data element code. */
    public static final int CODE = 0;
    /** Column of the element's name. */
    public static final int NAME = 1;
    /** Column of the unit. */
    public static final int UNIT = 2;
    /** Column of the allowed range. */
    public static final int RANGE = 3;
    /** Column of the input cell. */
    public static final int VALUE = 4;

    /** Row of the title. */
    public static final int TITLE_ROW = 0;
    /** Row of the campaign. */
    public static final int CAMPAIGN_ROW = 1;
    /** Row of the organisation's name. */
    public static final int ORGANISATION_ROW = 2;
    /** Row of the organisation's code. */
    public static final int ORGANISATION_CODE_ROW = 3;
    /** Row of the municipality. */
    public static final int MUNICIPALITY_ROW = 4;
    /** Row of the indicator set. */
    public static final int INDICATOR_SET_ROW = 5;
    /** Row of the instruction. */
    public static final int INSTRUCTION_ROW = 6;
    /** Row of the column headers. */
    public static final int HEADER_ROW = 7;
    /** Row of the first data element. */
    public static final int FIRST_DATA_ROW = 8;

    private SheetLayout() {
    }
}
