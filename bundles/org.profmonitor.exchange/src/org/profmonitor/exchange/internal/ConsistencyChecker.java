/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.exchange.ProblemKind;
import org.profmonitor.exchange.ValueRecord;
import org.profmonitor.model.DataElement;

/**
 * The rules that need all values of a batch at once: no organisation sends the same value twice
 * (in one file or across files), no part exceeds its whole, and the parts of one group do not sum
 * to more than their whole (19 + 45 ≤ 64 graduates of grade 9).
 */
public final class ConsistencyChecker {

    // values are whole counts in practice; the tolerance only absorbs binary rounding of decimals
    private static final double TOLERANCE = 1e-9;

    private record Key(String organisation, String element, String disaggregation) {
    }

    private record Unit(String organisation, String disaggregation) {
    }

    private final ImportCollector collector;

    /** @param collector where the values are and where problems go */
    public ConsistencyChecker(ImportCollector collector) {
        this.collector = collector;
    }

    /**
     * Runs the checks and removes the duplicates from the collector's values, so that the part
     * and whole rules see one value per key: the first one read.
     */
    public void run() {
        List<ValueRecord> unique = removeDuplicates(collector.values());
        collector.values().clear();
        collector.values().addAll(unique);
        Map<Unit, Map<String, ValueRecord>> byUnit = new LinkedHashMap<>();
        for (ValueRecord value : unique) {
            byUnit.computeIfAbsent(new Unit(value.organisationCode(), value.disaggregation()), k -> new LinkedHashMap<>())
                    .put(value.elementCode(), value);
        }
        byUnit.values().forEach(this::checkWholes);
    }

    private List<ValueRecord> removeDuplicates(List<ValueRecord> values) {
        Map<Key, ValueRecord> first = new LinkedHashMap<>();
        for (ValueRecord value : values) {
            Key key = new Key(value.organisationCode(), value.elementCode(), value.disaggregation());
            ValueRecord earlier = first.putIfAbsent(key, value);
            if (earlier != null) {
                collector.problem(ProblemKind.DUPLICATE, value.location(), NLS.bind(Messages.Problem_Duplicate,
                        new Object[] { value.elementCode(), value.organisationCode(), earlier.location().describe() }));
            }
        }
        return new ArrayList<>(first.values());
    }

    private void checkWholes(Map<String, ValueRecord> values) {
        for (DataElement whole : collector.reference().elementsInOrder()) {
            ValueRecord wholeValue = values.get(whole.getCode());
            if (wholeValue == null || whole.getParts().isEmpty()) {
                continue;
            }
            Map<String, List<ValueRecord>> groups = new LinkedHashMap<>();
            boolean partFailed = false;
            for (DataElement part : whole.getParts()) {
                ValueRecord partValue = values.get(part.getCode());
                if (partValue == null) {
                    continue;
                }
                if (partValue.value() > wholeValue.value() + TOLERANCE) {
                    report(Messages.Problem_PartAboveWhole, partValue, wholeValue);
                    partFailed = true;
                }
                if (part.getPartGroup() != null && !part.getPartGroup().isBlank()) {
                    groups.computeIfAbsent(part.getPartGroup(), g -> new ArrayList<>()).add(partValue);
                }
            }
            if (!partFailed) {
                groups.values().forEach(group -> checkGroup(group, wholeValue));
            }
        }
    }

    private void checkGroup(List<ValueRecord> group, ValueRecord whole) {
        double sum = group.stream().mapToDouble(ValueRecord::value).sum();
        if (group.size() > 1 && sum > whole.value() + TOLERANCE) {
            // reported at the last part read: the one that tipped the sum over
            ValueRecord last = group.stream().max((a, b) -> compare(a, b)).orElseThrow();
            StringBuilder terms = new StringBuilder();
            for (ValueRecord part : group) {
                terms.append(terms.isEmpty() ? "" : " + ").append(part.elementCode()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            collector.problem(ProblemKind.PART_ABOVE_WHOLE, last.location(), NLS.bind(Messages.Problem_PartsAboveWhole,
                    new Object[] { terms, Numbers.format(sum), whole.elementCode(), Numbers.format(whole.value()),
                            whole.organisationCode() }));
        }
    }

    private void report(String template, ValueRecord part, ValueRecord whole) {
        collector.problem(ProblemKind.PART_ABOVE_WHOLE, part.location(), NLS.bind(template,
                new Object[] { part.elementCode(), Numbers.format(part.value()), whole.elementCode(),
                        Numbers.format(whole.value()), whole.organisationCode() }));
    }

    private static int compare(ValueRecord a, ValueRecord b) {
        int byFile = Objects.toString(a.sourceFile()).compareTo(Objects.toString(b.sourceFile()));
        if (byFile != 0) {
            return byFile;
        }
        int bySheet = Objects.toString(a.sheet(), "").compareTo(Objects.toString(b.sheet(), "")); //$NON-NLS-1$ //$NON-NLS-2$
        return bySheet != 0 ? bySheet : Integer.compare(a.row(), b.row());
    }
}
