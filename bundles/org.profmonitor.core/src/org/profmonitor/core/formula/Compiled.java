package org.profmonitor.core.formula;

import org.profmonitor.core.formula.Evaluator.Value;

/**
 * A node of a formula compiled by {@link ColumnarEvaluator}, mirroring {@link Evaluator} case by
 * case: {@link #unit} for aggregates, {@link #row} for one organisation ({@code NaN}: cannot be
 * computed), {@link #condition} for one organisation (1 met, 0 not met, -1 undecided). What a node
 * cannot be, it answers as {@link Evaluator} answers it: no value.
 */
abstract class Compiled {

    /** Columns are slot → organisation index → figure; scopes as in {@link Evaluator.Scope}. */
    record Scope(double[][] columns, int[] all, int[] organisations, double[][] previous, int[] previousAll) {
    }

    Value unit(Scope scope) {
        return Value.NONE;
    }

    double row(double[][] columns, int organisation) {
        return Double.NaN;
    }

    int condition(double[][] columns, int organisation) {
        return -1;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }

    static final class Nothing extends Compiled {
    }

    static final class Num extends Compiled {
        private final double value;

        Num(double value) {
            this.value = value;
        }

        @Override
        Value unit(Scope scope) {
            return Value.of(value);
        }

        @Override
        double row(double[][] columns, int organisation) {
            return value; // as Evaluator.row: a literal is taken as written
        }
    }

    static final class Element extends Compiled {
        private final int slot;

        Element(int slot) {
            this.slot = slot;
        }

        @Override
        double row(double[][] columns, int organisation) {
            return finite(columns[slot][organisation]);
        }
    }

    /** An indicator's own value for the whole unit, whatever share() it is used in. */
    static final class Ref extends Compiled {
        Compiled target;

        @Override
        Value unit(Scope scope) {
            return target.unit(new Scope(scope.columns(), scope.all(), scope.all(), scope.previous(),
                    scope.previousAll()));
        }
    }

    static final class Negate extends Compiled {
        private final Compiled operand;

        Negate(Compiled operand) {
            this.operand = operand;
        }

        @Override
        Value unit(Scope scope) {
            return Value.of(Evaluator.negate(operand.unit(scope).value()));
        }

        @Override
        double row(double[][] columns, int organisation) {
            return -operand.row(columns, organisation);
        }
    }

    static final class Not extends Compiled {
        private final Compiled operand;

        Not(Compiled operand) {
            this.operand = operand;
        }

        @Override
        int condition(double[][] columns, int organisation) {
            int met = operand.condition(columns, organisation);
            return met < 0 ? -1 : 1 - met;
        }
    }

    static final class Arithmetic extends Compiled {
        private final Node.BinaryOp op;
        private final Compiled left;
        private final Compiled right;

        Arithmetic(Node.BinaryOp op, Compiled left, Compiled right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        Value unit(Scope scope) {
            return Value.of(Evaluator.arithmetic(op, left.unit(scope).value(), right.unit(scope).value()));
        }

        @Override
        double row(double[][] columns, int organisation) {
            return Evaluator.arithmetic(op, left.row(columns, organisation), right.row(columns, organisation));
        }
    }

    static final class Comparison extends Compiled {
        private final Node.BinaryOp op;
        private final Compiled left;
        private final Compiled right;

        Comparison(Node.BinaryOp op, Compiled left, Compiled right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        int condition(double[][] columns, int organisation) {
            double l = left.row(columns, organisation);
            double r = right.row(columns, organisation);
            if (Double.isNaN(l) || Double.isNaN(r)) {
                return -1;
            }
            return Evaluator.compare(op, l, r) ? 1 : 0;
        }
    }

    static final class Logical extends Compiled {
        private final boolean and;
        private final Compiled left;
        private final Compiled right;

        Logical(boolean and, Compiled left, Compiled right) {
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        int condition(double[][] columns, int organisation) {
            int l = left.condition(columns, organisation);
            int r = right.condition(columns, organisation);
            if (l < 0 || r < 0) {
                return -1;
            }
            return (and ? l == 1 && r == 1 : l == 1 || r == 1) ? 1 : 0;
        }
    }

    /** Σ over the organisations whose value can be computed; no such organisation: no data. */
    static final class Sum extends Compiled {
        private final Compiled argument;

        Sum(Compiled argument) {
            this.argument = argument;
        }

        @Override
        Value unit(Scope scope) {
            return sum(argument, scope.columns(), scope.organisations());
        }

        static Value sum(Compiled argument, double[][] columns, int[] organisations) {
            double total = 0;
            int reporting = 0;
            for (int organisation : organisations) {
                double value = argument.row(columns, organisation);
                if (!Double.isNaN(value)) {
                    total += value;
                    reporting++;
                }
            }
            return reporting == 0 ? Value.NONE : Value.of(total);
        }
    }

    static final class Count extends Compiled {
        private final Compiled condition;
        private final boolean percent;

        Count(Compiled condition, boolean percent) {
            this.condition = condition;
            this.percent = percent;
        }

        @Override
        Value unit(Scope scope) {
            int meeting = 0;
            int reporting = 0;
            double[][] columns = scope.columns();
            for (int organisation : scope.organisations()) {
                int met = condition.condition(columns, organisation);
                if (met >= 0) {
                    reporting++;
                    meeting += met;
                }
            }
            if (reporting == 0) {
                return Value.NONE;
            }
            double value = percent ? 100.0 * meeting / reporting : meeting;
            return new Value(value, (double) meeting, (double) reporting);
        }
    }

    static final class Prev extends Compiled {
        private final Compiled argument;

        Prev(Compiled argument) {
            this.argument = argument;
        }

        @Override
        Value unit(Scope scope) {
            if (scope.previous() == null) {
                return Value.NONE;
            }
            return argument.unit(new Scope(scope.previous(), scope.previousAll(), scope.previousAll(), null, null));
        }
    }

    /**
     * Σ N / Σ D × 100 over the organisations that reported every element of N and D, as
     * {@link Evaluator} computes it. When both are per organisation, the organisations are
     * chosen and summed in one pass, in the same order, so the sums are the same.
     */
    static final class Share extends Compiled {
        private final Compiled numerator;
        private final boolean numeratorPerOrganisation;
        private final Compiled denominator;
        private final boolean denominatorPerOrganisation;
        private final int[] needed;

        Share(Compiled numerator, boolean numeratorPerOrganisation, Compiled denominator,
                boolean denominatorPerOrganisation, int[] needed) {
            this.numerator = numerator;
            this.numeratorPerOrganisation = numeratorPerOrganisation;
            this.denominator = denominator;
            this.denominatorPerOrganisation = denominatorPerOrganisation;
            this.needed = needed;
        }

        @Override
        Value unit(Scope scope) {
            return numeratorPerOrganisation && denominatorPerOrganisation ? rows(scope) : general(scope);
        }

        private Value rows(Scope scope) {
            double[][] columns = scope.columns();
            double n = 0;
            double d = 0;
            int included = 0;
            for (int organisation : scope.organisations()) {
                // No reportedAll() here: a per-organisation expression reads every element in it
                // and a missing one makes it NaN, so "both rows known" already means "all reported".
                double a = numerator.row(columns, organisation);
                if (Double.isNaN(a)) {
                    continue;
                }
                double b = denominator.row(columns, organisation);
                if (Double.isNaN(b)) {
                    continue;
                }
                n += a;
                d += b;
                included++;
            }
            if (included == 0) {
                return Value.NONE;
            }
            return ratio(Evaluator.finite(n), Evaluator.finite(d));
        }

        private Value general(Scope scope) {
            double[][] columns = scope.columns();
            int[] organisations = scope.organisations();
            int[] included = new int[organisations.length];
            int count = 0;
            for (int organisation : organisations) {
                if (reportedAll(columns, organisation)
                        && (!numeratorPerOrganisation || !Double.isNaN(numerator.row(columns, organisation)))
                        && (!denominatorPerOrganisation || !Double.isNaN(denominator.row(columns, organisation)))) {
                    included[count++] = organisation;
                }
            }
            if (count == 0) {
                return Value.NONE;
            }
            included = java.util.Arrays.copyOf(included, count);
            Scope restricted = new Scope(columns, scope.all(), included, scope.previous(), scope.previousAll());
            Double n = (numeratorPerOrganisation ? Sum.sum(numerator, columns, included) : numerator.unit(restricted))
                    .value();
            Double d = (denominatorPerOrganisation ? Sum.sum(denominator, columns, included)
                    : denominator.unit(restricted)).value();
            return ratio(n, d);
        }

        private static Value ratio(Double n, Double d) {
            if (n == null || d == null || d == 0) {
                return new Value(null, n, d);
            }
            return new Value(Evaluator.finite(n / d * 100), n, d);
        }

        private boolean reportedAll(double[][] columns, int organisation) {
            for (int slot : needed) {
                if (!Double.isFinite(columns[slot][organisation])) {
                    return false;
                }
            }
            return true;
        }
    }
}
