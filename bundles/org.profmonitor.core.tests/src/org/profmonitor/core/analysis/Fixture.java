package org.profmonitor.core.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Models;
import org.profmonitor.core.compute.Units;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.DataElementType;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.RecommendationTemplate;

/**
 * A small region for the analysis tests: municipality M1 with schools A and B, M2 with C and D, M3
 * with E (which sends nothing). Indicator TESTED = share(TESTED, STUDENTS), plan 100 %; last year
 * M1 was at 90 %, this year 75 %.
 */
final class Fixture {

    static final LocalDate ANALYSED = LocalDate.of(2023, 3, 3);

    final IndicatorSet set = Models.set("analysis-test");
    final Indicator tested;
    final Directory directory = Models.directory("R", new String[] { "M1", "A", "B" },
            new String[] { "M2", "C", "D" }, new String[] { "M3", "E" });
    final Map<String, Map<String, Double>> now = new LinkedHashMap<>();
    final Map<String, Map<String, Double>> before = new LinkedHashMap<>();

    Fixture() {
        Models.element(set, "TESTED", DataElementType.COUNT);
        Models.element(set, "STUDENTS", DataElementType.COUNT);
        tested = Models.indicator(set, "TESTED", "share(TESTED, STUDENTS)", Direction.HIGHER_IS_BETTER);
        tested.setName("Доля протестированных");
        Models.value(tested, 100);
        figures(now, "A", 30, 40); // M1: 60 of 80 = 75 %
        figures(now, "B", 30, 40);
        figures(now, "C", 0, 50); // M2: 0 of 100 = 0 %
        figures(now, "D", 0, 50);
        figures(before, "A", 36, 40); // M1 last year: 72 of 80 = 90 %
        figures(before, "B", 36, 40);
        figures(before, "C", 0, 50);
        figures(before, "D", 0, 50);
    }

    static void figures(Map<String, Map<String, Double>> values, String organisation, double tested, double students) {
        values.put(organisation, Map.of("TESTED", tested, "STUDENTS", students));
    }

    RecommendationTemplate template(ProblemKind kind, AddresseeKind addressee, String action, String deadline) {
        RecommendationTemplate template = ProfmonitorFactory.eINSTANCE.createRecommendationTemplate();
        template.setProblemKind(kind);
        template.setIndicator(kind == ProblemKind.NOT_REPORTED ? null : tested);
        template.setAddresseeKind(addressee);
        template.setAction(action);
        template.setDeadlineRule(deadline);
        template.setResponsible("руководители ОО");
        set.getRecommendationTemplates().add(template);
        return template;
    }

    List<IndicatorValue> values() {
        IndicatorCalculator calculator = new IndicatorCalculator(set, "2022/23", CampaignValues.of(now),
                CampaignValues.of(before));
        return calculator.computeAll(new Units(directory).all());
    }

    AnalysisInput input() {
        return new AnalysisInput(set, directory, "2022/23", LocalDate.of(2023, 2, 10), values(),
                CampaignValues.of(now), ANALYSED);
    }
}
