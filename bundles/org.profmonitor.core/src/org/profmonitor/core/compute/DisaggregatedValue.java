package org.profmonitor.core.compute;

import java.util.Objects;

/**
 * An indicator computed over one disaggregation of the figures, e.g. students with disabilities
 * («ОВЗ»), for the indicators whose model names that disaggregation.
 *
 * @param disaggregation the disaggregation, as the data values name it
 * @param value the indicator computed over the figures of that disaggregation only
 */
public record DisaggregatedValue(String disaggregation, IndicatorValue value) {

    /** Rejects missing parts. */
    public DisaggregatedValue {
        Objects.requireNonNull(disaggregation, "disaggregation"); //$NON-NLS-1$
        Objects.requireNonNull(value, "value"); //$NON-NLS-1$
    }
}
