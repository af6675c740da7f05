package org.profmonitor.core.compute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.profmonitor.core.formula.UnitData;

/**
 * The raw figures of one campaign: organisation × data element → value. Read from the small demo
 * CSV of a region bundle ({@code organisation;element;value}, UTF-8, one header line); the import
 * of real campaigns and the database come with later issues.
 */
public final class CampaignValues {

    private static final String HEADER = "organisation;element;value"; //$NON-NLS-1$

    private final Map<String, Map<String, Double>> values;

    private CampaignValues(Map<String, Map<String, Double>> values) {
        this.values = values;
    }

    /**
     * @param values organisation code → (element code → figure)
     * @return the figures, copied
     */
    public static CampaignValues of(Map<String, ? extends Map<String, Double>> values) {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        values.forEach((organisation, figures) -> copy.put(organisation, Map.copyOf(figures)));
        return new CampaignValues(copy);
    }

    /**
     * @param csv the URL of a values CSV, e.g. {@link org.profmonitor.core.indicators.DemoCampaign#values()}
     * @return its figures
     * @throws IOException if it cannot be read or a line is malformed
     */
    public static CampaignValues read(URL csv) throws IOException {
        try (InputStream in = csv.openStream()) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), csv.toString());
        }
    }

    /**
     * @param reader the CSV text; closed by the caller
     * @param source how error messages name the CSV
     * @return its figures
     * @throws IOException if it cannot be read, the header is not {@value #HEADER}, a line has not
     *             three fields, a value is not a number, or a figure is given twice
     */
    public static CampaignValues read(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header != null && header.startsWith("\uFEFF")) { //$NON-NLS-1$
            header = header.substring(1); // a byte order mark from a spreadsheet
        }
        if (header == null || !HEADER.equals(header.strip())) {
            throw new IOException(source + ": header must be " + HEADER); //$NON-NLS-1$
        }
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(";", -1); //$NON-NLS-1$
            if (fields.length != 3) {
                throw new IOException(source + ':' + number + ": expected 3 fields: " + line); //$NON-NLS-1$
            }
            double value;
            try {
                value = Double.parseDouble(fields[2].strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IOException(source + ':' + number + ": not a number: " + fields[2], e); //$NON-NLS-1$
            }
            Double previous = values.computeIfAbsent(fields[0].strip(), key -> new HashMap<>())
                    .put(fields[1].strip(), value);
            if (previous != null) {
                throw new IOException(source + ':' + number + ": figure given twice: " + line); //$NON-NLS-1$
            }
        }
        return new CampaignValues(values);
    }

    /** @return the codes of the organisations that reported at least one figure */
    public Set<String> organisations() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** @return the figure, or {@code null} if the organisation did not report it */
    public Double value(String organisationCode, String elementCode) {
        Map<String, Double> figures = values.get(organisationCode);
        return figures == null ? null : figures.get(elementCode);
    }

    /**
     * @param organisationCodes the organisations of a unit, reporting or not
     * @return their figures for the formula evaluator
     */
    public UnitData unitData(Collection<String> organisationCodes) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(organisationCodes));
        return new UnitData() {
            @Override
            public List<String> organisationIds() {
                return ids;
            }

            @Override
            public Double value(String organisationId, String elementCode) {
                return CampaignValues.this.value(organisationId, elementCode);
            }
        };
    }
}
