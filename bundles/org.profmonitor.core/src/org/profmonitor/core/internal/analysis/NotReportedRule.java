package org.profmonitor.core.internal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.analysis.AnalysisInput;
import org.profmonitor.core.analysis.ProblemRule;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.formula.Formula;
import org.profmonitor.core.formula.FormulaSyntaxException;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.OrganisationKind;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;


/**
 * Organisations of the directory that sent nothing, and organisations that sent data but none of
 * the figures an indicator needs. A directory lists every organisation of a region, but a
 * monitoring often asks only some kinds (Tver's asks the schools, not the kindergartens): an
 * organisation that sent nothing counts only if organisations of its kind took part. An indicator
 * of one education level is asked only of organisations that teach that level, so a basic school
 * is not blamed for grade-11 admissions.
 */
public final class NotReportedRule implements ProblemRule {

    @Override
    public List<Problem> find(AnalysisInput input) {
        Map<String, Set<String>> elements = new HashMap<>();
        for (Indicator indicator : input.indicators()) {
            elements.put(indicator.getCode(), elements(indicator, input, new LinkedHashSet<>()));
        }
        Set<OrganisationKind> takingPart = new HashSet<>();
        for (String code : input.figures().organisations()) {
            input.organisation(code).ifPresent(organisation -> takingPart.add(organisation.getKind()));
        }
        List<Problem> problems = new ArrayList<>();
        for (Municipality municipality : input.directory().getMunicipalities()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                Unit unit = input.units().find(organisation.getCode()).orElseThrow();
                if (!input.figures().organisations().contains(organisation.getCode())) {
                    if (!takingPart.contains(organisation.getKind())) {
                        continue;
                    }
                    problems.add(Problems.create(ProblemKind.NOT_REPORTED, null, unit, NLS
                            .bind(Messages.Problem_NotReported, Problems.name(unit), municipality.getName())));
                    continue;
                }
                for (Indicator indicator : input.indicators()) {
                    if (asked(indicator, organisation) && nothingOf(elements.get(indicator.getCode()), input,
                            organisation.getCode())) {
                        problems.add(Problems.create(ProblemKind.NOT_REPORTED, indicator.getCode(), unit,
                                NLS.bind(Messages.Problem_NotReportedIndicator, new Object[] { Problems.name(unit),
                                        municipality.getName(), indicator.getName() })));
                    }
                }
            }
        }
        return problems;
    }

    private static boolean asked(Indicator indicator, Organisation organisation) {
        return !indicator.isSetLevel() || organisation.getLevels().isEmpty()
                || organisation.getLevels().contains(indicator.getLevel());
    }

    private static boolean nothingOf(Set<String> elements, AnalysisInput input, String organisationCode) {
        if (elements.isEmpty()) {
            return false;
        }
        for (String element : elements) {
            if (input.figures().value(organisationCode, element) != null) {
                return false;
            }
        }
        return true;
    }

    /* The data elements of an indicator, through the indicators its formula refers to. */
    private static Set<String> elements(Indicator indicator, AnalysisInput input, Set<String> visiting) {
        Set<String> codes = new LinkedHashSet<>();
        if (!visiting.add(indicator.getCode()) || indicator.getFormula() == null) {
            return codes;
        }
        Formula formula;
        try {
            formula = Formula.parse(indicator.getFormula());
        } catch (FormulaSyntaxException e) {
            return codes; // an invalid formula is the registry's to report
        }
        codes.addAll(formula.elementCodes());
        for (String referenced : formula.indicatorCodes()) {
            input.indicators().stream().filter(other -> other.getCode().equals(referenced)).findFirst()
                    .ifPresent(other -> codes.addAll(elements(other, input, visiting)));
        }
        return codes;
    }
}
