package org.profmonitor.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;

class ProblemRulesTest {

    private final Fixture fixture = new Fixture();

    private static Set<String> found(List<Problem> problems, ProblemKind kind) {
        return problems.stream().filter(p -> p.getKind() == kind).map(Problem::getUnitCode)
                .collect(Collectors.toSet());
    }

    private List<Problem> problems(List<ProblemRule> rules) {
        return new AnalysisBuilder(rules).build(fixture.input(), List.of()).getProblems();
    }

    @Test
    void theBuiltInRulesFindPlansMissedFallsZeroCoverageAndSilence() {
        List<Problem> problems = problems(ProblemRules.builtIn());

        assertEquals(Set.of("A", "B", "C", "D", "M1", "M2", "R"), found(problems, ProblemKind.BELOW_TARGET));
        assertEquals(Set.of("M1", "R"), found(problems, ProblemKind.FELL_AGAINST_PREVIOUS),
                "M1 90 % → 75 %, R 40 % → 33,3 %; M2 stayed at 0 %; schools are not judged on trends");
        assertEquals(Set.of("C", "D", "M2"), found(problems, ProblemKind.ZERO_COVERAGE));
        assertEquals(Set.of("E"), found(problems, ProblemKind.NOT_REPORTED));
        Problem m1 = problems.stream().filter(p -> p.getKind() == ProblemKind.BELOW_TARGET
                && p.getUnitCode().equals("M1")).findFirst().orElseThrow();
        assertEquals("«Доля протестированных»: M1 — 75,0 % (60 из 80) при плане 100,0 %", m1.getDescription());
        Problem fell = problems.stream().filter(p -> p.getKind() == ProblemKind.FELL_AGAINST_PREVIOUS
                && p.getUnitCode().equals("R")).findFirst().orElseThrow();
        assertEquals("«Доля протестированных»: R — 33,3 % (60 из 180), в прошлом году 40,0 % (72 из 180)",
                fell.getDescription());
    }

    @Test
    void aSchoolThatSentSomeDataButNoneOfAnIndicatorsIsNamedForThatIndicator() {
        fixture.now.put("A", java.util.Map.of("OTHER", 1.0));
        List<Problem> problems = problems(ProblemRules.builtIn());

        List<Problem> notReported = problems.stream().filter(p -> p.getKind() == ProblemKind.NOT_REPORTED).toList();
        assertEquals(2, notReported.size(), notReported.toString());
        Problem a = notReported.stream().filter(p -> p.getUnitCode().equals("A")).findFirst().orElseThrow();
        assertEquals("TESTED", a.getIndicatorCode());
        assertEquals("A (M1) не представила данные для показателя «Доля протестированных»", a.getDescription());
    }

    @Test
    void aRegionsContributedRuleAppliesToItsSetOnlyAndABrokenOneIsLeftOut() {
        List<ProblemRule> rules = ProblemRules.forSet(Set.of("analysis-test"));
        // built-ins + TestRegionRule; the broken contribution and the one for another set are not there
        assertEquals(ProblemRules.builtIn().size() + 1, rules.size(), rules.toString());
        assertEquals(ProblemRules.builtIn().size(), ProblemRules.forSet(Set.of("unrelated")).size());

        List<Problem> problems = problems(rules);
        assertEquals(Set.of("M2"), found(problems, ProblemKind.RULE));
    }

    @Test
    void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
        ProblemRule failing = input -> {
            throw new IllegalStateException("сбой правила");
        };
        AnalysisBuilder builder = new AnalysisBuilder(List.of(failing, ProblemRules.builtIn().get(0)));
        Analysis analysis = builder.build(fixture.input(), List.of());

        assertEquals(1, builder.warnings().size());
        assertTrue(builder.warnings().get(0).contains("сбой правила"), builder.warnings().get(0));
        assertEquals(7, analysis.getProblems().size(), "the plan rule still found its seven");
    }
}
