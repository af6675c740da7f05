/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.internal;

import java.util.List;

import org.profmonitor.core.compute.Unit;
import org.profmonitor.model.Direction;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.Target;
import org.profmonitor.model.TargetKind;

/**
 * The plan check of core's {@code PlanCheck}, which is package-private there: the targets that
 * apply to a unit (its municipality's if the indicator has any, else the set-wide ones, of the
 * campaign's year or none, of the indicator's level or none) and whether a value meets them in
 * the indicator's direction. The roll-up needs it for units it sums instead of evaluating; the
 * tests compare every outcome with the calculator's, and this class goes away once core offers
 * the check publicly.
 */
public final class Plans {

    private static final double TOLERANCE = 1e-9;

    /** A plan shown and whether it is reached ({@code null}: undetermined). */
    public record Outcome(Double target, Boolean reached) {
    }

    private Plans() {
    }

    /**
     * @param indicator    the indicator
     * @param unit         the unit
     * @param academicYear the campaign's year
     * @param value        the unit's value, or {@code null}
     * @param previous     the unit's previous value, or {@code null}
     * @return the outcome, as the calculator decides it
     */
    public static Outcome check(Indicator indicator, Unit unit, String academicYear, Double value, Double previous) {
        List<Target> targets = applicable(indicator, unit, academicYear);
        Double shown = targets.stream().filter(t -> kind(t) == TargetKind.VALUE).map(Target::getValue)
                .filter(v -> v != null).findFirst().orElse(null);
        Direction direction = indicator.getDirection() == null ? Direction.HIGHER_IS_BETTER : indicator.getDirection();
        if (targets.isEmpty() || direction == Direction.NEUTRAL || value == null) {
            return new Outcome(shown, null);
        }
        boolean undetermined = false;
        for (Target target : targets) {
            Double plan = kind(target) == TargetKind.VALUE ? target.getValue() : previous;
            if (plan == null) {
                undetermined = true;
            } else if (direction == Direction.LOWER_IS_BETTER ? value > plan + TOLERANCE : value < plan - TOLERANCE) {
                return new Outcome(shown, Boolean.FALSE);
            }
        }
        return new Outcome(shown, undetermined ? null : Boolean.TRUE);
    }

    private static List<Target> applicable(Indicator indicator, Unit unit, String academicYear) {
        List<Target> fitting = indicator.getTargets().stream()
                .filter(t -> t.getAcademicYear() == null || t.getAcademicYear().isBlank()
                        || t.getAcademicYear().equals(academicYear))
                .filter(t -> !t.isSetLevel() || !indicator.isSetLevel() || t.getLevel() == indicator.getLevel())
                .toList();
        List<Target> own = fitting.stream().filter(t -> unit.municipalityCode() != null
                && unit.municipalityCode().equals(t.getMunicipalityCode())).toList();
        if (!own.isEmpty()) {
            return own;
        }
        return fitting.stream().filter(t -> t.getMunicipalityCode() == null || t.getMunicipalityCode().isBlank())
                .toList();
    }

    private static TargetKind kind(Target target) {
        return target.getKind() == null ? TargetKind.VALUE : target.getKind();
    }
}
