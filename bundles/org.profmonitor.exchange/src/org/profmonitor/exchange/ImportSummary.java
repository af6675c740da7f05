/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.internal.Messages;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;

/**
 * The dry-run view of an import: how many values each organisation sent and which organisations of
 * the directory sent nothing.
 */
public final class ImportSummary {

    private final Map<String, Integer> valuesByOrganisation;
    private final List<Organisation> silentOrganisations;
    private final int problemCount;

    private ImportSummary(Map<String, Integer> valuesByOrganisation, List<Organisation> silentOrganisations,
            int problemCount) {
        this.valuesByOrganisation = Collections.unmodifiableMap(valuesByOrganisation);
        this.silentOrganisations = List.copyOf(silentOrganisations);
        this.problemCount = problemCount;
    }

    /**
     * Summarises valid values against a directory.
     *
     * @param directory    the directory of the campaign's region
     * @param values       the valid values
     * @param problemCount the number of problems found
     * @return the summary, organisations in directory order
     */
    public static ImportSummary of(Directory directory, List<ValueRecord> values, int problemCount) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ValueRecord value : values) {
            counts.merge(value.organisationCode(), 1, Integer::sum);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        List<Organisation> silent = new ArrayList<>();
        for (Municipality municipality : directory.getMunicipalities()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                Integer count = counts.remove(organisation.getCode());
                if (count == null) {
                    silent.add(organisation);
                } else {
                    ordered.put(organisation.getCode(), count);
                }
            }
        }
        ordered.putAll(counts); // cannot happen for valid values; kept so that no count is lost
        return new ImportSummary(ordered, silent, problemCount);
    }

    /** @return the number of valid values per organisation code, in directory order */
    public Map<String, Integer> valuesByOrganisation() {
        return valuesByOrganisation;
    }

    /** @return the organisations of the directory that sent no value, in directory order */
    public List<Organisation> silentOrganisations() {
        return silentOrganisations;
    }

    /** @return the number of valid values */
    public int valueCount() {
        return valuesByOrganisation.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the number of problems found */
    public int problemCount() {
        return problemCount;
    }

    /** @return a few lines in the user's language, for a dry run on the command line or in a dialog */
    public String format() {
        StringBuilder text = new StringBuilder();
        text.append(NLS.bind(Messages.Summary_Totals, new Object[] { valueCount(), valuesByOrganisation.size(),
                problemCount })).append('\n');
        valuesByOrganisation.forEach((code, count) -> text.append(NLS.bind(Messages.Summary_Organisation, code, count))
                .append('\n'));
        if (!silentOrganisations.isEmpty()) {
            text.append(NLS.bind(Messages.Summary_Silent, silentOrganisations.size())).append('\n');
            for (Organisation organisation : silentOrganisations) {
                text.append(NLS.bind(Messages.Summary_SilentOrganisation, organisation.getCode(), organisation.getName()))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
