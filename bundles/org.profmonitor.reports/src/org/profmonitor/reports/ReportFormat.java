package org.profmonitor.reports;

import java.util.Locale;

/** The output formats of the reports, with the BIRT emitter that writes each. */
public enum ReportFormat {
    /** PDF with the DejaVu fonts embedded. */
    PDF("pdf", null), //$NON-NLS-1$
    /** A standalone HTML page. */
    HTML("html", null), //$NON-NLS-1$
    /** Word 2007+ (BIRT's own docx emitter). */
    DOCX("docx", null), //$NON-NLS-1$
    /** Excel 2007+: spudsoft's emitter, which writes numbers as numeric cells. */
    XLSX("xlsx", "uk.co.spudsoft.birt.emitters.excel.XlsxEmitter"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String birtFormat;
    private final String emitterId;

    ReportFormat(String birtFormat, String emitterId) {
        this.birtFormat = birtFormat;
        this.emitterId = emitterId;
    }

    /** @return BIRT's output format name, also the file extension */
    public String birtFormat() {
        return birtFormat;
    }

    /** @return the emitter to force, or {@code null} for BIRT's default emitter of the format */
    public String emitterId() {
        return emitterId;
    }

    /**
     * @param name a format name as the command line gives it, e.g. {@code pdf}
     * @return the format
     * @throws IllegalArgumentException if there is no such format
     */
    public static ReportFormat of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
