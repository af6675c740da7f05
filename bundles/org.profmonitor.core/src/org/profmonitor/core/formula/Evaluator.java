package org.profmonitor.core.formula;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.profmonitor.core.formula.Node.BinaryOp;

/**
 * Computes checked formulas. Aggregates ({@link #unit}) work on a {@link Scope}: the unit's data
 * and the organisations taken into account; per-organisation expressions ({@link #row},
 * {@link #condition}) on one organisation. {@code null} means "cannot be computed" everywhere:
 * missing figures and division by zero never throw and never produce NaN or infinity.
 */
final class Evaluator {

    /** A computed value with the numerator and denominator it came from, where there are any. */
    record Value(Double value, Double numerator, Double denominator) {

        static final Value NONE = new Value(null, null, null);

        static Value of(Double value) {
            return new Value(finite(value), null, null);
        }
    }

    /**
     * What an aggregate is computed over: {@code organisations} is the unit's list, or the part of
     * it a share() restricts to; {@code previous} is the previous campaign's data, if any.
     */
    record Scope(UnitData data, List<String> organisations, UnitData previous) {

        static Scope of(UnitData data, UnitData previous) {
            return new Scope(data, data.organisationIds(), previous);
        }
    }

    /** Gives the parsed formula of a referenced indicator (known to be valid by the checker). */
    @FunctionalInterface
    interface Indicators {
        Node formula(String code);
    }

    private final Indicators indicators;

    Evaluator(Indicators indicators) {
        this.indicators = indicators;
    }

    Value unit(Node node, Scope scope) {
        return switch (node) {
            case Node.Num n -> Value.of(n.value());
            case Node.Unary u when u.op() == Node.UnaryOp.NEGATE -> Value.of(negate(unit(u.operand(), scope).value()));
            case Node.Binary b when b.op().isArithmetic() ->
                Value.of(arithmetic(b.op(), unit(b.left(), scope).value(), unit(b.right(), scope).value()));
            // An indicator has its own value for the unit, whatever share() it is used in.
            case Node.IndicatorRef r -> unit(indicators.formula(r.code()), Scope.of(scope.data(), scope.previous()));
            case Node.Call c -> call(c, scope);
            default -> Value.NONE; // conditions and bare elements: the checker does not let them here
        };
    }

    private Value call(Node.Call call, Scope scope) {
        List<Node> arguments = call.arguments();
        return switch (Function.byName(call.name())) {
            case SUM -> sum(arguments.get(0), scope.data(), scope.organisations());
            case COUNT -> count(arguments.get(0), scope, false);
            case ORGSHARE -> count(arguments.get(0), scope, true);
            case SHARE -> share(arguments.get(0), arguments.get(1), scope);
            case PREV -> scope.previous() == null ? Value.NONE
                    : unit(arguments.get(0), Scope.of(scope.previous(), null));
            case null -> Value.NONE;
        };
    }

    /** Σ over the organisations whose value can be computed; no such organisation: no data. */
    private Value sum(Node argument, UnitData data, List<String> organisations) {
        double total = 0;
        int reporting = 0;
        for (String organisation : organisations) {
            Double value = row(argument, data, organisation);
            if (value != null) {
                total += value;
                reporting++;
            }
        }
        return reporting == 0 ? Value.NONE : Value.of(total);
    }

    /** Organisations meeting a condition, out of those whose data decide it. */
    private Value count(Node condition, Scope scope, boolean percent) {
        int meeting = 0;
        int reporting = 0;
        for (String organisation : scope.organisations()) {
            Boolean met = condition(condition, scope.data(), organisation);
            if (met != null) {
                reporting++;
                meeting += met ? 1 : 0;
            }
        }
        if (reporting == 0) {
            return Value.NONE;
        }
        double value = percent ? 100.0 * meeting / reporting : meeting;
        return new Value(value, (double) meeting, (double) reporting);
    }

    /**
     * Σ N / Σ D × 100 over the organisations that reported every element of N and D, so that an
     * organisation missing its denominator cannot inflate the numerator.
     */
    private Value share(Node numerator, Node denominator, Scope scope) {
        Set<String> needed = new LinkedHashSet<>();
        directElements(numerator, needed);
        directElements(denominator, needed);
        boolean numeratorPerOrganisation = isPerOrganisation(numerator);
        boolean denominatorPerOrganisation = isPerOrganisation(denominator);
        List<String> included = new ArrayList<>();
        for (String organisation : scope.organisations()) {
            if (reportedAll(scope.data(), organisation, needed)
                    && (!numeratorPerOrganisation || row(numerator, scope.data(), organisation) != null)
                    && (!denominatorPerOrganisation || row(denominator, scope.data(), organisation) != null)) {
                included.add(organisation);
            }
        }
        if (included.isEmpty()) {
            return Value.NONE;
        }
        Scope restricted = new Scope(scope.data(), included, scope.previous());
        Double n = (numeratorPerOrganisation ? sum(numerator, scope.data(), included) : unit(numerator, restricted)).value();
        Double d = (denominatorPerOrganisation ? sum(denominator, scope.data(), included) : unit(denominator, restricted)).value();
        if (n == null || d == null || d == 0) {
            return new Value(null, n, d);
        }
        return new Value(finite(n / d * 100), n, d);
    }

    /** The value of a per-organisation expression for one organisation, or {@code null}. */
    Double row(Node node, UnitData data, String organisation) {
        return switch (node) {
            case Node.Num n -> n.value();
            case Node.Element e -> finite(data.value(organisation, e.code()));
            case Node.Unary u when u.op() == Node.UnaryOp.NEGATE -> negate(row(u.operand(), data, organisation));
            case Node.Binary b when b.op().isArithmetic() ->
                arithmetic(b.op(), row(b.left(), data, organisation), row(b.right(), data, organisation));
            default -> null;
        };
    }

    /**
     * Whether an organisation meets a condition; {@code null} if any figure the condition uses is
     * missing, even where and/or could decide without it: then "reporting" means the same for
     * every condition, namely having reported all its figures.
     */
    Boolean condition(Node node, UnitData data, String organisation) {
        if (node instanceof Node.Unary u && u.op() == Node.UnaryOp.NOT) {
            Boolean operand = condition(u.operand(), data, organisation);
            return operand == null ? null : !operand;
        }
        if (!(node instanceof Node.Binary b)) {
            return null;
        }
        if (b.op().isLogical()) {
            Boolean left = condition(b.left(), data, organisation);
            Boolean right = condition(b.right(), data, organisation);
            if (left == null || right == null) {
                return null;
            }
            return b.op() == BinaryOp.AND ? left && right : left || right;
        }
        Double left = row(b.left(), data, organisation);
        Double right = row(b.right(), data, organisation);
        if (left == null || right == null) {
            return null;
        }
        return b.op().isComparison() ? compare(b.op(), left, right) : null;
    }

    /** A comparison's outcome; shared with the {@link ColumnarEvaluator}'s compiled comparisons. */
    static boolean compare(BinaryOp op, double left, double right) {
        int order = Double.compare(left, right);
        return switch (op) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static boolean reportedAll(UnitData data, String organisation, Set<String> elements) {
        for (String element : elements) {
            if (finite(data.value(organisation, element)) == null) {
                return false;
            }
        }
        return true;
    }

    /** Elements the share itself reads; indicators and prev() have their own rules. */
    static void directElements(Node node, Set<String> elements) {
        switch (node) {
            case Node.Element e -> elements.add(e.code());
            case Node.Unary u -> directElements(u.operand(), elements);
            case Node.Binary b -> {
                directElements(b.left(), elements);
                directElements(b.right(), elements);
            }
            case Node.Call c when Function.byName(c.name()) != Function.PREV ->
                c.arguments().forEach(argument -> directElements(argument, elements));
            default -> {
                // literals, indicator references and prev() add nothing
            }
        }
    }

    /** Whether a share() argument is per organisation (to be summed) rather than an aggregate. */
    static boolean isPerOrganisation(Node node) {
        return switch (node) {
            case Node.Element e -> true;
            case Node.Unary u -> isPerOrganisation(u.operand());
            case Node.Binary b -> isPerOrganisation(b.left()) || isPerOrganisation(b.right());
            default -> false;
        };
    }

    static Double arithmetic(BinaryOp op, Double left, Double right) {
        if (left == null || right == null) {
            return null;
        }
        double result = arithmetic(op, left.doubleValue(), right.doubleValue());
        return Double.isNaN(result) ? null : result;
    }

    /**
     * The operators' one definition, on primitives for the compiled formulas' per-organisation
     * loops: NaN stands for "cannot be computed" (a missing operand, division by zero, overflow).
     */
    static double arithmetic(BinaryOp op, double left, double right) {
        if (Double.isNaN(left) || Double.isNaN(right)) {
            return Double.NaN;
        }
        double result = switch (op) {
            case ADD -> left + right;
            case SUBTRACT -> left - right;
            case MULTIPLY -> left * right;
            case DIVIDE -> right == 0 ? Double.NaN : left / right;
            default -> Double.NaN;
        };
        return Double.isFinite(result) ? result : Double.NaN;
    }

    static Double negate(Double value) {
        return value == null ? null : -value;
    }

    /** Treats NaN and infinities (from bad input or overflow) as "cannot be computed". */
    static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
