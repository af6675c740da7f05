package org.profmonitor.reports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.reports.internal.Messages;

/**
 * Who prepared a report and which body issues it, as the user set them (the workbench's
 * preferences, the command line's {@code --author} and {@code --authority}); the reports print
 * them where the seed documents do: the issuing body in capitals above the title, the author in a
 * closing «Справку подготовил(а): …» line of the справка and on the signature line of the decision.
 * Either may be empty: the report then keeps what it prints without them.
 *
 * @param author e.g. «Иванова И. И., методист ГАУ ДПО …»; "" when not set
 * @param authority e.g. «Министерство образования Тверской области»; "" when not set
 */
public record ReportSignature(String author, String authority) {

    /** Nothing set: the reports print what they derive from the campaign. */
    public static final ReportSignature NONE = new ReportSignature("", ""); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * Table of at most one row (column {@code text}): the issuing body in capitals, for the
     * heading of the справка and the card; empty when no authority is set.
     */
    public static final String AUTHORITY = "authority"; //$NON-NLS-1$
    /** Table of at most one row (column {@code text}): «Справку подготовил(а): …»; empty without an author. */
    public static final String PREPARED_BY = "preparedBy"; //$NON-NLS-1$

    private static final Locale RUSSIAN = Locale.of("ru"); //$NON-NLS-1$

    /** Strips both texts; {@code null} counts as not set. */
    public ReportSignature {
        author = author == null ? "" : author.strip(); //$NON-NLS-1$
        authority = authority == null ? "" : authority.strip(); //$NON-NLS-1$
    }

    /** @return whether an author is set */
    public boolean hasAuthor() {
        return !author.isEmpty();
    }

    /** @return whether an authority is set */
    public boolean hasAuthority() {
        return !authority.isEmpty();
    }

    /** @return the authority as a heading prints it: in capitals, as the seeds' letterheads */
    public String authorityHeading() {
        return authority.toUpperCase(RUSSIAN);
    }

    /**
     * Declares {@value #AUTHORITY} and {@value #PREPARED_BY} and fills those that are set.
     *
     * @param data the rows of a справка or a card
     * @param withAuthor whether the report closes with the author's line (the card does not)
     * @return {@code data}
     */
    ReportData addTo(ReportData data, boolean withAuthor) {
        data.declare(AUTHORITY).declare(PREPARED_BY);
        if (hasAuthority()) {
            data.add(AUTHORITY, text(authorityHeading()));
        }
        if (withAuthor && hasAuthor()) {
            data.add(PREPARED_BY, text(NLS.bind(Messages.Spravka_PreparedBy, author)));
        }
        return data;
    }

    private static Map<String, Object> text(String text) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", text); //$NON-NLS-1$
        return row;
    }
}
