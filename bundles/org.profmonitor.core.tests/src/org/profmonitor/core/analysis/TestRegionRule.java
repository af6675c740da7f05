package org.profmonitor.core.analysis;

import java.util.List;

import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.UnitLevel;

/** The kind of rule a region bundle adds: municipalities below half, contributed in fragment.xml. */
public class TestRegionRule implements ProblemRule {

    @Override
    public List<Problem> find(AnalysisInput input) {
        return input.values().stream()
                .filter(v -> v.unit().level() == UnitLevel.MUNICIPALITY && v.value() != null && v.value() < 50)
                .map(TestRegionRule::problem).toList();
    }

    private static Problem problem(IndicatorValue value) {
        Problem problem = ProfmonitorFactory.eINSTANCE.createProblem();
        problem.setKind(ProblemKind.RULE);
        problem.setIndicatorCode(value.indicator().getCode());
        problem.setUnitLevel(value.unit().level());
        problem.setUnitCode(value.unit().code());
        problem.setDescription("Меньше половины: " + value.unit().name());
        return problem;
    }
}
