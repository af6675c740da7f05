package org.profmonitor.core.formula;

import java.util.Map;
import java.util.Optional;

/**
 * The names a formula may use: the data elements and the indicators of an indicator set.
 * Implemented over the model of an indicator set; {@link #of(Map, Map)} gives a simple one.
 */
public interface FormulaEnvironment {

    /**
     * @param code a data element code as written in formulas, e.g. {@code grads11_vuz}
     * @return its kind, or empty if there is no such element
     */
    Optional<ElementKind> elementKind(String code);

    /**
     * @param code an indicator code without the {@code @}, e.g. {@code IND_1_2}
     * @return the source text of its formula, or empty if there is no such indicator
     */
    Optional<String> indicatorFormula(String code);

    /**
     * @param elements data element codes and their kinds
     * @param indicators indicator codes and their formula texts
     * @return an environment backed by (copies of) the two maps
     */
    static FormulaEnvironment of(Map<String, ElementKind> elements, Map<String, String> indicators) {
        Map<String, ElementKind> elementCopy = Map.copyOf(elements);
        Map<String, String> indicatorCopy = Map.copyOf(indicators);
        return new FormulaEnvironment() {
            @Override
            public Optional<ElementKind> elementKind(String code) {
                return Optional.ofNullable(elementCopy.get(code));
            }

            @Override
            public Optional<String> indicatorFormula(String code) {
                return Optional.ofNullable(indicatorCopy.get(code));
            }
        };
    }
}
