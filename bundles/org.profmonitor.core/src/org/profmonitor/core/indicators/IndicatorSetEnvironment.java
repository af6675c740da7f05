package org.profmonitor.core.indicators;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.profmonitor.core.formula.ElementKind;
import org.profmonitor.core.formula.FormulaEnvironment;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;

/**
 * The names the formulas of an indicator set may use: its data elements (by code, with their
 * type) and its indicators (by code, with their formula text).
 * <p>
 * A snapshot taken at construction: formulas are checked and evaluated many times per run, and
 * walking the model for each name would cost more than the check. Create a new environment when
 * the set changes (an editor does so on every change).
 */
public final class IndicatorSetEnvironment implements FormulaEnvironment {

    private final Map<String, ElementKind> elements = new HashMap<>();
    private final Map<String, String> formulas = new HashMap<>();

    /** @param set the indicator set; elements and indicators without a code are left out */
    public IndicatorSetEnvironment(IndicatorSet set) {
        Objects.requireNonNull(set, "set"); //$NON-NLS-1$
        for (DataElement element : set.getDataElements()) {
            if (element.getCode() != null) {
                elements.putIfAbsent(element.getCode(), kind(element));
            }
        }
        for (Criterion criterion : set.getCriteria()) {
            for (Indicator indicator : criterion.getIndicators()) {
                if (indicator.getCode() != null && indicator.getFormula() != null) {
                    formulas.putIfAbsent(indicator.getCode(), indicator.getFormula());
                }
            }
        }
    }

    @Override
    public Optional<ElementKind> elementKind(String code) {
        return Optional.ofNullable(elements.get(code));
    }

    @Override
    public Optional<String> indicatorFormula(String code) {
        return Optional.ofNullable(formulas.get(code));
    }

    /**
     * @param element a data element
     * @return the formula language's kind of its values; an element without a type is a count,
     *         the model's default
     */
    public static ElementKind kind(DataElement element) {
        if (element.getType() == null) {
            return ElementKind.COUNT;
        }
        return switch (element.getType()) {
            case COUNT -> ElementKind.COUNT;
            case NUMBER -> ElementKind.NUMBER;
            case FLAG -> ElementKind.FLAG;
        };
    }
}
