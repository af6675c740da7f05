package org.profmonitor.core.formula;

/**
 * A campaign's figures as columns for the {@link ColumnarEvaluator}: per data element, the figures
 * of every organisation by index. Organisation {@link #organisations()} (one past the last) is a
 * spare row where every figure is missing: units name organisations without figures by it.
 */
public interface ElementColumns {

    /** @return how many organisations the columns index */
    int organisations();

    /**
     * @param elementCode a data element code
     * @return the figures by organisation index, {@code NaN} where not reported, at least
     *         {@link #organisations()} + 1 long; {@code null} if nobody reported the element. The
     *         caller does not change it.
     */
    double[] column(String elementCode);
}
