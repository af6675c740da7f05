/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

/** How data-collection templates are split into files. */
public enum TemplateLayout {
    /** One workbook per organisation, named by the organisation's code. */
    PER_ORGANISATION,
    /**
     * One workbook per municipality, named by the municipality's code, with a sheet per
     * organisation named by the organisation's code.
     */
    PER_MUNICIPALITY
}
