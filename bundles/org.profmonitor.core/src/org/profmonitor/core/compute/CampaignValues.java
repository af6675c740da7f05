package org.profmonitor.core.compute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.profmonitor.core.formula.ElementColumns;
import org.profmonitor.core.formula.UnitData;

/**
 * The raw figures of one campaign: organisation × data element → value. Read from the small demo
 * CSV of a region bundle ({@code organisation;element;value}, UTF-8, one header line), built from
 * maps, or filled value by value from the database with a {@link Builder}.
 * <p>
 * Kept as columns: one {@code double[]} per element, indexed by organisation, and a mask of the
 * figures reported, so that the calculator reads a figure with two array accesses instead of two
 * hash lookups (the country's recompute reads millions of them). Immutable.
 */
public final class CampaignValues {

    private static final String HEADER = "organisation;element;value"; //$NON-NLS-1$

    /* Shared by the edited copies of one campaign while no organisation is added. */
    private final Organisations organisations;
    private final Map<String, Integer> elementIndex;
    /* element → figure by organisation; NaN where not reported; one spare NaN row at the end */
    private final double[][] columns;
    private final BitSet[] reported;

    private CampaignValues(Organisations organisations, Map<String, Integer> elementIndex, double[][] columns,
            BitSet[] reported) {
        this.organisations = organisations;
        this.elementIndex = elementIndex;
        this.columns = columns;
        this.reported = reported;
    }

    /**
     * @param values organisation code → (element code → figure); a {@code null} figure is not reported
     * @return the figures, copied
     */
    public static CampaignValues of(Map<String, ? extends Map<String, Double>> values) {
        Builder builder = builder();
        values.forEach((organisation, figures) -> {
            builder.organisation(organisation);
            figures.forEach((element, value) -> {
                if (value != null) {
                    builder.put(organisation, element, value);
                }
            });
        });
        return builder.build();
    }

    /** @return a builder that takes the figures one by one, in any order */
    public static Builder builder() {
        return new Builder();
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
        Builder builder = builder();
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
            if (builder.put(fields[0].strip(), fields[1].strip(), value)) {
                throw new IOException(source + ':' + number + ": figure given twice: " + line); //$NON-NLS-1$
            }
        }
        return builder.build();
    }

    /** @return the codes of the organisations that reported at least one figure */
    public Set<String> organisations() {
        return organisations.reporting();
    }

    /**
     * @param organisationCode an organisation
     * @return the codes of the elements it reported, in the order they first came
     */
    public Set<String> elements(String organisationCode) {
        Integer organisation = organisations.index.get(organisationCode);
        Set<String> elements = new LinkedHashSet<>();
        if (organisation != null) {
            elementIndex.forEach((element, e) -> {
                if (reported[e].get(organisation)) {
                    elements.add(element);
                }
            });
        }
        return Collections.unmodifiableSet(elements);
    }

    /** @return the figure, or {@code null} if the organisation did not report it */
    public Double value(String organisationCode, String elementCode) {
        Integer organisation = organisations.index.get(organisationCode);
        Integer element = elementIndex.get(elementCode);
        if (organisation == null || element == null || !reported[element].get(organisation)) {
            return null;
        }
        return columns[element][organisation];
    }

    /**
     * A copy with one figure changed, for the recompute after an edit: only that element's column
     * is copied, the others are shared.
     *
     * @param organisationCode the organisation
     * @param elementCode the element
     * @param value the new figure, or {@code null} to remove it
     * @return the figures with the change
     */
    public CampaignValues with(String organisationCode, String elementCode, Double value) {
        Integer organisation = organisations.index.get(organisationCode);
        Integer element = elementIndex.get(elementCode);
        if (organisation == null || element == null) {
            if (value == null) {
                return this;
            }
            Builder builder = toBuilder();
            builder.put(organisationCode, elementCode, value);
            return builder.build();
        }
        double[][] changedColumns = columns.clone();
        BitSet[] changedReported = reported.clone();
        changedColumns[element] = columns[element].clone();
        changedReported[element] = (BitSet) reported[element].clone();
        changedColumns[element][organisation] = value == null ? Double.NaN : value;
        changedReported[element].set(organisation, value != null);
        return new CampaignValues(organisations, elementIndex, changedColumns, changedReported);
    }

    /**
     * @param organisationCodes the organisations of a unit, reporting or not
     * @return their figures for the formula evaluator
     */
    public UnitData unitData(Collection<String> organisationCodes) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(organisationCodes));
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

    /**
     * @param organisationCodes the organisations of a unit, each once
     * @return their indices in {@link #columns()}; an organisation without figures gets the spare
     *         row where every figure is missing
     */
    int[] indices(List<String> organisationCodes) {
        int[] indices = new int[organisationCodes.size()];
        int missing = organisations.codes.size();
        for (int i = 0; i < indices.length; i++) {
            Integer index = organisations.index.get(organisationCodes.get(i));
            indices[i] = index == null ? missing : index;
        }
        return indices;
    }

    /** @return whether two campaigns' figures index organisations the same way */
    boolean sameOrganisations(CampaignValues other) {
        return other != null && organisations == other.organisations;
    }

    /** @return the columns for the columnar evaluator */
    ElementColumns columns() {
        int count = organisations.codes.size();
        return new ElementColumns() {
            @Override
            public int organisations() {
                return count;
            }

            @Override
            public double[] column(String elementCode) {
                Integer element = elementIndex.get(elementCode);
                return element == null ? null : columns[element];
            }
        };
    }

    private Builder toBuilder() {
        Builder builder = builder();
        if (organisations.inCodeOrder) {
            builder.organisationsInCodeOrder();
        }
        for (String code : organisations.codes) {
            builder.organisation(code);
        }
        elementIndex.forEach((element, e) -> reported[e].stream()
                .forEach(o -> builder.put(organisations.codes.get(o), element, columns[e][o])));
        return builder;
    }

    /** The organisations as indices, and the order {@link #organisations()} gives them in. */
    private static final class Organisations {
        final List<String> codes;
        final Map<String, Integer> index;
        final boolean inCodeOrder;
        private Set<String> reporting;

        Organisations(List<String> codes, Map<String, Integer> index, boolean inCodeOrder) {
            this.codes = codes;
            this.index = index;
            this.inCodeOrder = inCodeOrder;
        }

        synchronized Set<String> reporting() {
            if (reporting == null) {
                List<String> ordered = new ArrayList<>(codes);
                if (inCodeOrder) {
                    Collections.sort(ordered);
                }
                reporting = Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
            }
            return reporting;
        }
    }

    /**
     * Collects figures in any order. A later figure for the same organisation and element
     * replaces the earlier one. Not thread-safe.
     */
    public static final class Builder {

        private static final int INITIAL = 64;

        private final List<String> organisationCodes = new ArrayList<>();
        private final Map<String, Integer> organisationIndex = new HashMap<>();
        private final Map<String, Integer> elementIndex = new LinkedHashMap<>();
        private final List<double[]> columns = new ArrayList<>();
        private final List<BitSet> reported = new ArrayList<>();
        private int capacity = INITIAL;
        private boolean inCodeOrder;
        /* the database gives an organisation's figures together: saves a lookup per figure */
        private String lastOrganisation;
        private int lastIndex;

        Builder() {
        }

        /**
         * Lists an organisation as reporting even before (or without) a figure; the order of
         * {@link CampaignValues#organisations()} is the order organisations first came.
         *
         * @param code the organisation's code
         * @return this builder
         */
        public Builder organisation(String code) {
            organisationIndex(code);
            return this;
        }

        /**
         * Makes {@link CampaignValues#organisations()} list the organisations in code order, as
         * a read of the database ordered by code gave them, whatever order they came in.
         *
         * @return this builder
         */
        public Builder organisationsInCodeOrder() {
            inCodeOrder = true;
            return this;
        }

        /**
         * @param organisation the organisation's code
         * @param element the element's code
         * @param value the figure
         * @return whether it replaced a figure given before
         */
        public boolean put(String organisation, String element, double value) {
            int o = organisationIndex(organisation);
            Integer e = elementIndex.get(element);
            if (e == null) {
                e = columns.size();
                elementIndex.put(element, e);
                double[] column = new double[capacity];
                Arrays.fill(column, Double.NaN);
                columns.add(column);
                reported.add(new BitSet());
            }
            boolean replaced = reported.get(e).get(o);
            columns.get(e)[o] = value;
            reported.get(e).set(o);
            return replaced;
        }

        /** @return the figures collected; the builder must not be used afterwards */
        public CampaignValues build() {
            int count = organisationCodes.size();
            double[][] frozen = new double[columns.size()][];
            for (int e = 0; e < frozen.length; e++) {
                // the spare NaN row at [count] stands for every organisation without figures
                frozen[e] = Arrays.copyOf(columns.get(e), count + 1);
                frozen[e][count] = Double.NaN;
            }
            Organisations organisations = new Organisations(List.copyOf(organisationCodes),
                    Map.copyOf(organisationIndex), inCodeOrder);
            return new CampaignValues(organisations, elementOrder(), frozen,
                    reported.toArray(BitSet[]::new));
        }

        /* Map.copyOf would lose the order elements came in, which elements() promises */
        private Map<String, Integer> elementOrder() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(elementIndex));
        }

        private int organisationIndex(String code) {
            if (code.equals(lastOrganisation)) {
                return lastIndex;
            }
            Integer index = organisationIndex.get(code);
            if (index == null) {
                index = organisationCodes.size();
                organisationCodes.add(code);
                organisationIndex.put(code, index);
                if (index + 1 >= capacity) {
                    grow();
                }
            }
            lastOrganisation = code;
            lastIndex = index;
            return index;
        }

        private void grow() {
            int old = capacity;
            capacity *= 2;
            for (int e = 0; e < columns.size(); e++) {
                double[] column = Arrays.copyOf(columns.get(e), capacity);
                Arrays.fill(column, old, capacity, Double.NaN);
                columns.set(e, column);
            }
        }
    }
}
