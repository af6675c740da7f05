package org.profmonitor.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.internal.analysis.Messages;
import org.profmonitor.core.internal.analysis.Placeholders;
import org.profmonitor.core.internal.analysis.Problems;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.RecommendationStatus;
import org.profmonitor.model.RecommendationTemplate;
import org.profmonitor.model.UnitLevel;

/**
 * Drafts addressed recommendations from the region's templates for the problems found, addressed
 * as the documents address them:
 * <ul>
 * <li>a named organisation: one recommendation per organisation with the problem;</li>
 * <li>a named municipality or the municipal education departments: one per municipality with the
 * problem, or, for problems of organisations (data not sent), one per municipality listing its
 * organisations;</li>
 * <li>everyone else (the ministry, all schools, all preschools, the institute...): one for the
 * region, naming the municipalities and organisations concerned.</li>
 * </ul>
 * Each draft has the template's action with its substitutions filled, the deadline rule as text
 * and, where it can be known, as a date ({@link DeadlineRules}), the responsible, status
 * {@link RecommendationStatus#DRAFT}, and links to the problem it answers.
 */
public final class RecommendationDrafter {

    private final AnalysisInput input;
    private final DeadlineRules.Basis basis;

    /** @param input the campaign analysed */
    public RecommendationDrafter(AnalysisInput input) {
        this.input = input;
        this.basis = DeadlineRules.Basis.of(input.academicYear(), input.periodStart(), input.analysisDate());
    }

    /**
     * @param problems the problems found, in their listed order
     * @return the drafts, in template order, then in the order of the problems they answer
     */
    public List<Recommendation> draft(List<Problem> problems) {
        List<Recommendation> drafts = new ArrayList<>();
        for (RecommendationTemplate template : input.set().getRecommendationTemplates()) {
            List<Problem> answered = problems.stream().filter(problem -> answers(template, problem)).toList();
            if (answered.isEmpty()) {
                continue;
            }
            AddresseeKind kind = template.getAddresseeKind() == null ? AddresseeKind.OTHER : template.getAddresseeKind();
            switch (kind) {
            case NAMED_ORGANISATION -> answered.stream().filter(p -> p.getUnitLevel() == UnitLevel.ORGANISATION)
                    .forEach(problem -> drafts.add(draft(template, problem, List.of(problem))));
            case NAMED_MUNICIPALITY, MUNICIPAL_DEPARTMENTS -> drafts.addAll(perMunicipality(template, answered));
            default -> drafts.add(draft(template, regionProblem(answered), answered));
            }
        }
        return drafts;
    }

    private static boolean answers(RecommendationTemplate template, Problem problem) {
        if (template.getProblemKind() != problem.getKind()) {
            return false;
        }
        return template.getIndicator() == null || template.getIndicator().getCode().equals(problem.getIndicatorCode());
    }

    private List<Recommendation> perMunicipality(RecommendationTemplate template, List<Problem> answered) {
        List<Recommendation> drafts = new ArrayList<>();
        List<Problem> municipal = answered.stream().filter(p -> p.getUnitLevel() == UnitLevel.MUNICIPALITY).toList();
        if (!municipal.isEmpty()) {
            municipal.forEach(problem -> drafts.add(draft(template, problem, List.of(problem))));
            return drafts;
        }
        Map<String, List<Problem>> byMunicipality = new LinkedHashMap<>();
        for (Problem problem : answered) {
            if (problem.getUnitLevel() == UnitLevel.ORGANISATION) {
                unit(problem).ifPresent(unit -> byMunicipality
                        .computeIfAbsent(unit.municipalityCode(), code -> new ArrayList<>()).add(problem));
            }
        }
        if (byMunicipality.isEmpty()) {
            drafts.add(draft(template, regionProblem(answered), answered)); // only the region's figure fell short
        }
        byMunicipality.values().forEach(group -> drafts.add(draft(template, group.get(0), group)));
        return drafts;
    }

    private static Problem regionProblem(List<Problem> answered) {
        return answered.stream().filter(p -> p.getUnitLevel() == UnitLevel.REGION).findFirst()
                .orElse(answered.get(0));
    }

    /**
     * @param template the template
     * @param problem the problem the recommendation is linked to
     * @param concerned every problem it answers, whose units it names
     */
    private Recommendation draft(RecommendationTemplate template, Problem problem, List<Problem> concerned) {
        Set<String> municipalities = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        for (Problem each : concerned) {
            unit(each).ifPresent(unit -> {
                if (unit.level() == UnitLevel.ORGANISATION) {
                    organisations.add(Problems.name(unit));
                }
                if (unit.municipalityCode() != null) {
                    input.units().find(unit.municipalityCode()).ifPresent(m -> municipalities.add(Problems.name(m)));
                }
            });
        }
        Indicator indicator = template.getIndicator() != null ? template.getIndicator() : indicator(problem);
        String indicatorCode = indicator == null ? null : indicator.getCode();
        Unit unit = unit(problem).orElse(input.units().region());
        boolean oneUnit = concerned.size() == 1 || unit.level() != UnitLevel.REGION && sameUnit(concerned);
        IndicatorValue value = indicatorCode == null ? null
                : input.value(indicatorCode, oneUnit ? unit.code() : input.units().region().code()).orElse(null);

        Recommendation recommendation = ProfmonitorFactory.eINSTANCE.createRecommendation();
        AddresseeKind kind = template.getAddresseeKind() == null ? AddresseeKind.OTHER : template.getAddresseeKind();
        recommendation.setAddresseeKind(kind);
        if (kind == AddresseeKind.NAMED_ORGANISATION) {
            recommendation.setOrganisationCode(unit.code());
        }
        if (kind == AddresseeKind.NAMED_ORGANISATION || kind == AddresseeKind.NAMED_MUNICIPALITY
                || kind == AddresseeKind.MUNICIPAL_DEPARTMENTS) {
            recommendation.setMunicipalityCode(unit.municipalityCode());
        }
        recommendation.setAddressee(addressee(template, kind, unit));
        recommendation.setAction(Placeholders.fill(template.getAction(), problem.getKind(), indicator, value,
                municipalities, organisations));
        recommendation.setDeadlineText(template.getDeadlineRule());
        recommendation.setDeadline(DeadlineRules.resolve(template.getDeadlineRule(), basis).orElse(null));
        recommendation.setResponsible(template.getResponsible());
        recommendation.setStatus(RecommendationStatus.DRAFT);
        recommendation.setIndicatorCode(indicatorCode);
        recommendation.setProblem(problem);
        return recommendation;
    }

    private static boolean sameUnit(List<Problem> concerned) {
        return concerned.stream().map(Problem::getUnitCode).distinct().count() == 1;
    }

    private String addressee(RecommendationTemplate template, AddresseeKind kind, Unit unit) {
        if (template.getAddressee() != null && !template.getAddressee().isBlank()) {
            return template.getAddressee();
        }
        String municipality = unit.municipalityCode() == null ? null
                : input.units().find(unit.municipalityCode()).map(Problems::name).orElse(unit.municipalityCode());
        return switch (kind) {
        case NAMED_ORGANISATION -> Problems.name(unit);
        case NAMED_MUNICIPALITY -> municipality == null ? Messages.Addressee_MUNICIPAL_DEPARTMENTS : municipality;
        case MUNICIPAL_DEPARTMENTS -> municipality == null ? Messages.Addressee_MUNICIPAL_DEPARTMENTS
                : NLS.bind(Messages.Addressee_MUNICIPAL_DEPARTMENT, municipality);
        case MINISTRY -> Messages.Addressee_MINISTRY;
        case ALL_SCHOOLS -> Messages.Addressee_ALL_SCHOOLS;
        case ALL_PRESCHOOLS -> Messages.Addressee_ALL_PRESCHOOLS;
        case ALL_ADDITIONAL_EDUCATION -> Messages.Addressee_ALL_ADDITIONAL_EDUCATION;
        case COLLEGES -> Messages.Addressee_COLLEGES;
        case UNIVERSITIES -> Messages.Addressee_UNIVERSITIES;
        case INSTITUTE -> Messages.Addressee_INSTITUTE;
        case ALL_ORGANISATIONS -> Messages.Addressee_ALL_ORGANISATIONS;
        case OTHER -> Messages.Addressee_OTHER;
        };
    }

    private java.util.Optional<Unit> unit(Problem problem) {
        return problem.getUnitCode() == null ? java.util.Optional.empty() : input.units().find(problem.getUnitCode());
    }

    private Indicator indicator(Problem problem) {
        return problem.getIndicatorCode() == null ? null
                : input.indicators().stream().filter(i -> i.getCode().equals(problem.getIndicatorCode())).findFirst()
                        .orElse(null);
    }
}
