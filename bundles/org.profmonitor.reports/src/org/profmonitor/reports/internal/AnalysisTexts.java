package org.profmonitor.reports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.profmonitor.core.compute.Unit;
import org.profmonitor.core.compute.Units;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Problem;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.UnitLevel;

/**
 * The words of an analysis: a problem as a sentence, a recommendation's addressee and deadline.
 * The справка and the decision document use the same words, so a problem or a recommendation
 * reads the same in both.
 */
public final class AnalysisTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy"); //$NON-NLS-1$

    private final IndicatorSet set;
    private final Units units;

    /**
     * @param set the indicator set, for the names of the indicators the analysis names by code
     * @param units the region's units, for the names of the units
     */
    public AnalysisTexts(IndicatorSet set, Units units) {
        this.set = set;
        this.units = units;
    }

    /**
     * The methodologist's description when there is one; otherwise a sentence made from the kind,
     * the indicator and the unit, so that a problem drafted without words still says what it is.
     */
    public String problem(Problem problem) {
        String unitName = problem.getUnitCode() == null ? null
                : units.find(problem.getUnitCode()).map(Unit::name).orElse(problem.getUnitCode());
        String description = problem.getDescription();
        if (description != null && !description.isBlank()) {
            String text = description.strip();
            boolean named = unitName == null || text.contains(unitName);
            return named ? text : NLS.bind(Messages.Problem_WithUnit, text, unitName);
        }
        String text = indicatorAndKind(problem);
        return unitName == null ? text : NLS.bind(Messages.Problem_WithUnit, text, unitName);
    }

    /**
     * One paragraph for the same problem of many units of a level: the indicator and the kind
     * once, then how many and which. Municipalities keep their figures (a reader compares them);
     * organisations, often hundreds, are named only (each school's figures are in its card).
     *
     * @param same problems of units of one level with the same indicator and kind; not empty
     */
    public String sameProblem(List<Problem> same) {
        Problem first = same.get(0);
        String text = indicatorAndKind(first);
        boolean organisations = first.getUnitLevel() == UnitLevel.ORGANISATION;
        String units = same.stream().map(problem -> organisations ? unitName(problem) : figures(problem))
                .collect(Collectors.joining("; ")); //$NON-NLS-1$
        return NLS.bind(organisations ? Messages.Problem_Organisations : Messages.Problem_Municipalities,
                new Object[] { text, Integer.valueOf(same.size()), units });
    }

    /** @return "Показатель K1_1 «…»: what went wrong", or only what went wrong without an indicator */
    private String indicatorAndKind(Problem problem) {
        String kind = problem.getKind() == null ? Messages.ProblemKind_BELOW_TARGET : kindText(problem);
        String indicator = indicatorText(problem.getIndicatorCode());
        return indicator.isEmpty() ? kind : NLS.bind(Messages.Problem_Indicator, indicator, kind);
    }

    private String unitName(Problem problem) {
        String code = problem.getUnitCode();
        return code == null ? "" : units.find(code).map(Unit::name).orElse(code); //$NON-NLS-1$
    }

    /** The rules write «indicator»: unit — figures; the indicator is said once for the group. */
    private String figures(Problem problem) {
        String description = problem.getDescription();
        if (description == null || description.isBlank()) {
            return unitName(problem);
        }
        String text = description.strip();
        int prefix = text.startsWith("\u00ab") ? text.indexOf("\u00bb: ") : -1; //$NON-NLS-1$ //$NON-NLS-2$
        String rest = prefix < 0 ? text : text.substring(prefix + 3);
        String name = unitName(problem);
        return name.isEmpty() || rest.contains(name) ? rest : NLS.bind(Messages.Problem_WithUnit, rest, name);
    }

    /** @return the addressee as written, or the kind's name when it was left empty */
    public String addressee(Recommendation recommendation) {
        String addressee = recommendation.getAddressee();
        if (addressee != null && !addressee.isBlank()) {
            return addressee.strip();
        }
        AddresseeKind kind = recommendation.getAddresseeKind() == null ? AddresseeKind.OTHER
                : recommendation.getAddresseeKind();
        return switch (kind) {
            case MINISTRY -> Messages.Addressee_MINISTRY;
            case MUNICIPAL_DEPARTMENTS -> Messages.Addressee_MUNICIPAL_DEPARTMENTS;
            case ALL_SCHOOLS -> Messages.Addressee_ALL_SCHOOLS;
            case ALL_PRESCHOOLS -> Messages.Addressee_ALL_PRESCHOOLS;
            case ALL_ADDITIONAL_EDUCATION -> Messages.Addressee_ALL_ADDITIONAL_EDUCATION;
            case COLLEGES -> Messages.Addressee_COLLEGES;
            case UNIVERSITIES -> Messages.Addressee_UNIVERSITIES;
            case INSTITUTE -> Messages.Addressee_INSTITUTE;
            case ALL_ORGANISATIONS -> Messages.Addressee_ALL_ORGANISATIONS;
            case NAMED_ORGANISATION -> named(recommendation.getOrganisationCode());
            case NAMED_MUNICIPALITY -> named(recommendation.getMunicipalityCode());
            case OTHER -> Messages.Addressee_OTHER;
        };
    }

    /**
     * @return the date with the template's words after it, else the words, else a dash: an
     *         addressee must see the day; the words say where it came from
     */
    public static String deadline(Recommendation recommendation) {
        String text = recommendation.getDeadlineText();
        boolean words = text != null && !text.isBlank();
        LocalDate date = recommendation.getDeadline();
        if (date == null) {
            return words ? text.strip() : Messages.Reached_Unknown;
        }
        return words ? DATE.format(date) + " (" + text.strip() + ')' : DATE.format(date); //$NON-NLS-1$
    }

    /** @return the responsible person or body, or a dash */
    public static String responsible(Recommendation recommendation) {
        String responsible = recommendation.getResponsible();
        return responsible == null || responsible.isBlank() ? Messages.Reached_Unknown : responsible.strip();
    }

    private String named(String code) {
        if (code == null) {
            return Messages.Addressee_OTHER;
        }
        return units.find(code).map(Unit::name).orElse(code);
    }

    private static String kindText(Problem problem) {
        return switch (problem.getKind()) {
            case BELOW_TARGET -> Messages.ProblemKind_BELOW_TARGET;
            case FELL_AGAINST_PREVIOUS -> Messages.ProblemKind_FELL_AGAINST_PREVIOUS;
            case ZERO_COVERAGE -> Messages.ProblemKind_ZERO_COVERAGE;
            case NOT_REPORTED -> Messages.ProblemKind_NOT_REPORTED;
            case RULE -> Messages.ProblemKind_RULE;
        };
    }

    private String indicatorText(String code) {
        if (code == null || code.isBlank()) {
            return ""; //$NON-NLS-1$
        }
        for (Criterion criterion : set.getCriteria()) {
            for (Indicator indicator : criterion.getIndicators()) {
                if (code.equals(indicator.getCode())) {
                    return NLS.bind(Messages.Problem_IndicatorName, code, indicator.getName());
                }
            }
        }
        return code;
    }
}
