package org.profmonitor.core.formula;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collected figures of the organisations of one unit (an organisation, a municipality or a
 * region) in one campaign. A figure may be missing: the organisation did not report it.
 * Implement it over the store, or build one with {@link #builder()} or {@link #of(Map)}.
 */
public interface UnitData {

    /** @return the organisations of the unit, each once */
    List<String> organisationIds();

    /**
     * @param organisationId one of {@link #organisationIds()}
     * @param elementCode a data element code
     * @return the figure, or {@code null} if the organisation did not report it
     */
    Double value(String organisationId, String elementCode);

    /**
     * @param values organisation id → (element code → figure); a missing or {@code null} figure is
     *            not reported
     * @return a copy of the values as unit data, organisations in the map's iteration order
     */
    static UnitData of(Map<String, ? extends Map<String, ? extends Number>> values) {
        Builder builder = builder();
        values.forEach((organisation, figures) -> {
            builder.organisation(organisation);
            figures.forEach((code, figure) -> {
                if (figure != null) {
                    builder.value(code, figure.doubleValue());
                }
            });
        });
        return builder.build();
    }

    /** @return a builder of unit data, handy in tests and imports */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link UnitData} organisation by organisation. */
    final class Builder {

        private final Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        private Map<String, Double> current;

        Builder() {
        }

        /**
         * Starts (or goes back to) an organisation; the following values belong to it.
         *
         * @param id the organisation id
         * @return this builder
         */
        public Builder organisation(String id) {
            current = values.computeIfAbsent(id, key -> new LinkedHashMap<>());
            return this;
        }

        /**
         * @param elementCode a data element code
         * @param value the figure the current organisation reported
         * @return this builder
         * @throws IllegalStateException if no organisation was started
         */
        public Builder value(String elementCode, double value) {
            if (current == null) {
                throw new IllegalStateException("organisation(id) must come first"); //$NON-NLS-1$
            }
            current.put(elementCode, value);
            return this;
        }

        /** @return the unit data, independent of later calls to this builder */
        public UnitData build() {
            Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
            values.forEach((id, figures) -> copy.put(id, Map.copyOf(figures)));
            List<String> ids = List.copyOf(copy.keySet());
            return new UnitData() {
                @Override
                public List<String> organisationIds() {
                    return ids;
                }

                @Override
                public Double value(String organisationId, String elementCode) {
                    Map<String, Double> figures = copy.get(organisationId);
                    return figures == null ? null : figures.get(elementCode);
                }
            };
        }
    }
}
