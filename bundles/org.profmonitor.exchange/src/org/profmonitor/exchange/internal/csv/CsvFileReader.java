/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.Location;
import org.profmonitor.exchange.ProblemKind;
import org.profmonitor.exchange.internal.ImportCollector;
import org.profmonitor.exchange.internal.Messages;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.Organisation;

/**
 * Reads one CSV file, long or wide ({@link CsvHeader}), into an {@link ImportCollector}. The
 * encoding ({@link CsvDecoder}) and the separator (`;`, `,` or tab, whichever the header line
 * uses most outside quotes) are detected; values may use a decimal comma. Lines are reported as
 * the user's editor numbers them, the header being line 1.
 */
public final class CsvFileReader {

    private static final String UNTERMINATED = "EOF reached before encapsulated token finished"; //$NON-NLS-1$

    private final ImportCollector collector;
    private final Path file;
    private CsvHeader header;
    private DataElement[] wideElements;

    /**
     * @param collector where values and problems go
     * @param file      the file to read
     */
    public CsvFileReader(ImportCollector collector, Path file) {
        this.collector = collector;
        this.file = file;
    }

    /** Reads the file; every problem goes to the collector. */
    public void read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            collector.problem(ProblemKind.UNREADABLE_FILE, Location.of(file),
                    NLS.bind(Messages.Problem_Unreadable, e.getMessage()));
            return;
        }
        String text = CsvDecoder.decode(bytes).text();
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(detectDelimiter(text)).setQuote('"')
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrim(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            parse(parser);
        } catch (IOException | UncheckedIOException e) {
            collector.problem(ProblemKind.MALFORMED_CSV, Location.of(file),
                    NLS.bind(Messages.Problem_MalformedCsv, e.getMessage()));
        }
        if (header == null && !hasProblemFor(file)) {
            collector.problem(ProblemKind.UNRECOGNISED_HEADER, Location.of(file), Messages.Problem_EmptyFile);
        }
    }

    private void parse(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // the record about to be read starts on the line after the last one consumed
            int line = (int) parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                String message = detail != null && detail.contains(UNTERMINATED) ? Messages.Problem_UnterminatedQuote
                        : NLS.bind(Messages.Problem_MalformedCsv, detail);
                collector.problem(ProblemKind.MALFORMED_CSV, new Location(file, null, line, 0), message);
                return;
            }
            List<String> cells = record.toList();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                if (!readHeader(cells, line)) {
                    return;
                }
            } else if (header.wide()) {
                wideRow(cells, line);
            } else {
                longRow(cells, line);
            }
        }
    }

    private boolean readHeader(List<String> cells, int line) {
        header = CsvHeader.recognise(trimTrailingBlanks(cells));
        if (header == null) {
            collector.problem(ProblemKind.UNRECOGNISED_HEADER, new Location(file, null, line, 0),
                    Messages.Problem_UnrecognisedHeader);
            return false;
        }
        if (header.wide()) {
            wideElements = new DataElement[header.size()];
            for (int column = 0; column < header.size(); column++) {
                if (header.isElementColumn(column)) {
                    wideElements[column] = collector.element(header.names().get(column).strip(), at(line, column));
                }
            }
        }
        return true;
    }

    private void longRow(List<String> cells, int line) {
        if (!columnCountFits(cells, line, true)) {
            return;
        }
        Organisation organisation = collector.organisation(cells.get(header.organisation()),
                at(line, header.organisation()));
        DataElement element = collector.element(cells.get(header.element()), at(line, header.element()));
        if (organisation != null && element != null) {
            collector.text(organisation, element, disaggregation(cells), cells.get(header.value()),
                    at(line, header.value()));
        }
    }

    private void wideRow(List<String> cells, int line) {
        if (!columnCountFits(cells, line, false)) {
            return;
        }
        if (header.organisation() >= cells.size()) {
            return;
        }
        Organisation organisation = collector.organisation(cells.get(header.organisation()),
                at(line, header.organisation()));
        if (organisation == null) {
            return;
        }
        for (int column = 0; column < cells.size(); column++) {
            // an empty cell in the wide layout means "not reported", as in the template
            if (wideElements[column] != null && !cells.get(column).isBlank()) {
                collector.text(organisation, wideElements[column], disaggregation(cells), cells.get(column),
                        at(line, column));
            }
        }
    }

    /**
     * Excel pads rows with empty cells when other rows are longer, and a wide row may stop early;
     * only data beyond the header, or a long row that misses columns, is an error.
     */
    private boolean columnCountFits(List<String> cells, int line, boolean exact) {
        int filled = trimTrailingBlanks(cells).size();
        boolean fits = filled <= header.size() && (!exact || cells.size() >= header.size());
        if (!fits) {
            collector.problem(ProblemKind.WRONG_COLUMN_COUNT, new Location(file, null, line, 0),
                    NLS.bind(Messages.Problem_WrongColumnCount, Math.max(filled, cells.size()), header.size()));
        }
        return fits;
    }

    private String disaggregation(List<String> cells) {
        int column = header.disaggregation();
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    private Location at(int line, int column) {
        return new Location(file, null, line, column + 1);
    }

    private boolean hasProblemFor(Path path) {
        return collector.problems().stream().anyMatch(p -> path.equals(p.file()));
    }

    private static List<String> trimTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /** @return the separator the first non-blank line uses most outside quotes; `;` on a tie */
    public static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
            } else if (!quoted) {
                seen |= !Character.isWhitespace(c);
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
