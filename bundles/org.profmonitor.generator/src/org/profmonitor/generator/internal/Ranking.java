/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.profmonitor.core.compute.Unit;

/**
 * The municipalities of one indicator ordered best first (higher value first, ties in unit order,
 * no value last). After an edit only one municipality moves: it is taken out and put back in
 * place, without sorting the others again.
 */
public final class Ranking {

    private final double[] values;
    private final int[] order;
    private final int[] position;

    /** @param values per municipality, {@link Double#NaN} for no value */
    public Ranking(double[] values) {
        this.values = values.clone();
        Integer[] sorted = new Integer[values.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, this::compare);
        order = new int[values.length];
        position = new int[values.length];
        for (int p = 0; p < sorted.length; p++) {
            order[p] = sorted[p];
            position[sorted[p]] = p;
        }
    }

    /**
     * @param municipality a municipality's index
     * @param value        its new value, {@link Double#NaN} for none
     */
    public void update(int municipality, double value) {
        int from = position[municipality];
        System.arraycopy(order, from + 1, order, from, order.length - from - 1);
        values[municipality] = value;
        int low = 0;
        int high = order.length - 1; // the last slot is free now
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(order[middle], municipality) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        System.arraycopy(order, low, order, low + 1, order.length - low - 1);
        order[low] = municipality;
        for (int p = Math.min(from, low); p <= Math.max(from, low); p++) {
            position[order[p]] = p;
        }
    }

    /**
     * @param units the aggregate units; municipalities first, at their indices
     * @return the codes of the municipalities with a value, best first
     */
    public List<String> codes(List<Unit> units) {
        List<String> codes = new ArrayList<>();
        for (int m : order) {
            if (!Double.isNaN(values[m])) {
                codes.add(units.get(m).code());
            }
        }
        return codes;
    }

    private int compare(int a, int b) {
        boolean aNone = Double.isNaN(values[a]);
        boolean bNone = Double.isNaN(values[b]);
        if (aNone || bNone) {
            return aNone == bNone ? Integer.compare(a, b) : aNone ? 1 : -1;
        }
        int byValue = Double.compare(values[b], values[a]);
        return byValue != 0 ? byValue : Integer.compare(a, b);
    }
}
