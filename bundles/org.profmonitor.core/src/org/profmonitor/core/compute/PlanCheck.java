package org.profmonitor.core.compute;

import java.util.List;

import org.profmonitor.core.formula.FormulaResult;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;

/**
 * Decides whether an indicator's plan is reached for a unit: the targets that apply to the unit
 * and the campaign's academic year are compared with the value in the indicator's direction.
 * Public so that calculations that sum units instead of evaluating them (the generator's roll-up)
 * decide plans the same way.
 */
public final class PlanCheck {

    /* Shares are computed in floating point: 3 / 4 * 100 must meet a plan of 75. */
    private static final double TOLERANCE = 1e-9;

    /**
     * The outcome: the plan value shown and whether it is reached ({@code null}: undetermined).
     *
     * @param target the plan value shown, or {@code null}
     * @param reached whether every applicable target is met; {@code null} when undetermined
     */
    public record Outcome(Double target, Boolean reached) {
    }

    private PlanCheck() {
    }

    static Outcome check(Indicator indicator, Unit unit, String academicYear, FormulaResult current,
            FormulaResult previous) {
        return plan(indicator, unit.municipalityCode(), academicYear).outcome(current, previous);
    }

    /**
     * @param indicator the indicator
     * @param unit the unit
     * @param academicYear the campaign's academic year, to pick the targets
     * @param value the unit's value, or {@code null} when it has none
     * @param previous the unit's value in the previous campaign, or {@code null}
     * @return the plan shown and whether it is reached
     */
    public static Outcome check(Indicator indicator, Unit unit, String academicYear, Double value, Double previous) {
        return plan(indicator, unit.municipalityCode(), academicYear).outcome(value, previous);
    }

    /**
     * The targets of an indicator that apply in one municipality (or, with {@code null}, above
     * municipalities) and one academic year, resolved once for all units there.
     *
     * @param indicator the indicator
     * @param municipalityCode the municipality the units are or lie in; {@code null} for a region
     * @param academicYear the campaign's academic year
     * @return the plan, to check values against
     */
    public static Plan plan(Indicator indicator, String municipalityCode, String academicYear) {
        return new Plan(indicator, applicable(indicator, municipalityCode, academicYear));
    }

    /** The targets that apply, with the plan value shown and the direction. */
    public static final class Plan {
        private final List<Target> targets;
        private final Double shown;
        private final Direction direction;
        /* outcomes are records: one of each per plan serves every unit (a million values a run) */
        private final Outcome undetermined;
        private final Outcome reached;
        private final Outcome missed;

        private Plan(Indicator indicator, List<Target> targets) {
            this.targets = targets;
            this.shown = targets.stream().filter(t -> kind(t) == TargetKind.VALUE).map(Target::getValue)
                    .filter(v -> v != null).findFirst().orElse(null);
            this.direction = indicator.getDirection() == null ? Direction.HIGHER_IS_BETTER : indicator.getDirection();
            this.undetermined = new Outcome(shown, null);
            this.reached = new Outcome(shown, Boolean.TRUE);
            this.missed = new Outcome(shown, Boolean.FALSE);
        }

        /**
         * @param value the unit's value, or {@code null} when it has none
         * @param previous the unit's value in the previous campaign, or {@code null}
         * @return the plan shown and whether it is reached
         */
        public Outcome outcome(Double value, Double previous) {
            if (value == null) {
                return undetermined;
            }
            return decide(value, previous != null, previous == null ? Double.NaN : previous);
        }

        /**
         * The same on primitives, for a calculator that keeps its values in arrays.
         *
         * @param value the unit's value, {@code NaN} when it has none
         * @param previous the unit's value in the previous campaign, {@code NaN} when none
         * @return the plan shown and whether it is reached
         */
        public Outcome outcome(double value, double previous) {
            if (Double.isNaN(value)) {
                return undetermined;
            }
            return decide(value, !Double.isNaN(previous), previous);
        }

        private Outcome decide(double value, boolean hasPrevious, double previous) {
            if (targets.isEmpty() || direction == Direction.NEUTRAL) {
                return undetermined;
            }
            boolean unknown = false;
            for (Target target : targets) {
                // a VALUE target compares with its plan value, "not below last year" with the previous value
                boolean byValue = kind(target) == TargetKind.VALUE;
                if (byValue ? target.getValue() == null : !hasPrevious) {
                    unknown = true;
                } else if (!meets(value, byValue ? target.getValue() : previous, direction)) {
                    return missed;
                }
            }
            return unknown ? undetermined : reached;
        }

        Outcome outcome(FormulaResult current, FormulaResult previous) {
            return outcome(current.hasValue() ? current.value() : null,
                    previous != null && previous.hasValue() ? previous.value() : null);
        }
    }

    /**
     * The targets for the unit: those of its municipality if the indicator has any (a municipal
     * decision overrides the set-wide plan), else the set-wide ones; in both cases only those of the
     * campaign's academic year or of no year, and of the indicator's education level or of none.
     */
    static List<Target> applicable(Indicator indicator, String municipalityCode, String academicYear) {
        List<Target> fitting = indicator.getTargets().stream()
                .filter(t -> t.getAcademicYear() == null || t.getAcademicYear().isBlank()
                        || t.getAcademicYear().equals(academicYear))
                .filter(t -> !t.isSetLevel() || !indicator.isSetLevel() || t.getLevel() == indicator.getLevel())
                .toList();
        List<Target> own = fitting.stream().filter(t -> municipalityCode != null
                && municipalityCode.equals(t.getMunicipalityCode())).toList();
        if (!own.isEmpty()) {
            return own;
        }
        return fitting.stream().filter(t -> t.getMunicipalityCode() == null || t.getMunicipalityCode().isBlank())
                .toList();
    }

    private static TargetKind kind(Target target) {
        return target.getKind() == null ? TargetKind.VALUE : target.getKind();
    }

    private static boolean meets(double value, double plan, Direction direction) {
        return direction == Direction.LOWER_IS_BETTER ? value <= plan + TOLERANCE : value >= plan - TOLERANCE;
    }
}
