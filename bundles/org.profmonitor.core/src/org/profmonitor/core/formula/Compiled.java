package org.profmonitor.core.formula;

/**
 * A node of a formula compiled by {@link ColumnarEvaluator}, mirroring {@link Evaluator} case by
 * case: {@link #unit} for aggregates, {@link #row} for one organisation ({@code NaN}: cannot be
 * computed), {@link #condition} for one organisation (1 met, 0 not met, -1 undecided). What a node
 * cannot be, it answers as {@link Evaluator} answers it: no value.
 * <p>
 * {@link #unit} writes into a {@link ColumnarEvaluator.Figures} on primitives, {@code NaN} for
 * {@link Evaluator}'s {@code null}: the country's recompute evaluates a million units and must not
 * box three numbers for each node of each.
 */
abstract class Compiled {

    /** Columns are slot → organisation index → figure; scopes as in {@link Evaluator.Scope}. */
    record Scope(double[][] columns, int[] all, int[] organisations, double[][] previous, int[] previousAll) {
    }

    void unit(Scope scope, ColumnarEvaluator.Figures out) {
        out.none();
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
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
            out.of(value);
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
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
            target.unit(new Scope(scope.columns(), scope.all(), scope.all(), scope.previous(), scope.previousAll()),
                    out);
        }
    }

    static final class Negate extends Compiled {
        private final Compiled operand;

        Negate(Compiled operand) {
            this.operand = operand;
        }

        @Override
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
            operand.unit(scope, out);
            out.of(-out.value);
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
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
            left.unit(scope, out);
            double l = out.value;
            right.unit(scope, out);
            out.of(Evaluator.arithmetic(op, l, out.value));
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
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
            out.of(sum(argument, scope.columns(), scope.organisations()));
        }

        /* NaN when no organisation's value can be computed */
        static double sum(Compiled argument, double[][] columns, int[] organisations) {
            double total = 0;
            int reporting = 0;
            for (int organisation : organisations) {
                double value = argument.row(columns, organisation);
                if (!Double.isNaN(value)) {
                    total += value;
                    reporting++;
                }
            }
            return reporting == 0 ? Double.NaN : total;
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
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
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
                out.none();
                return;
            }
            double value = percent ? 100.0 * meeting / reporting : meeting;
            out.set(value, meeting, reporting);
        }
    }

    static final class Prev extends Compiled {
        private final Compiled argument;

        Prev(Compiled argument) {
            this.argument = argument;
        }

        @Override
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
            if (scope.previous() == null) {
                out.none();
                return;
            }
            argument.unit(new Scope(scope.previous(), scope.previousAll(), scope.previousAll(), null, null), out);
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
        void unit(Scope scope, ColumnarEvaluator.Figures out) {
            if (numeratorPerOrganisation && denominatorPerOrganisation) {
                rows(scope, out);
            } else {
                general(scope, out);
            }
        }

        private void rows(Scope scope, ColumnarEvaluator.Figures out) {
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
                out.none();
                return;
            }
            ratio(finite(n), finite(d), out);
        }

        private void general(Scope scope, ColumnarEvaluator.Figures out) {
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
                out.none();
                return;
            }
            included = java.util.Arrays.copyOf(included, count);
            Scope restricted = new Scope(columns, scope.all(), included, scope.previous(), scope.previousAll());
            double n = part(numerator, numeratorPerOrganisation, columns, included, restricted, out);
            double d = part(denominator, denominatorPerOrganisation, columns, included, restricted, out);
            ratio(n, d, out);
        }

        private static double part(Compiled part, boolean perOrganisation, double[][] columns, int[] included,
                Scope restricted, ColumnarEvaluator.Figures out) {
            if (perOrganisation) {
                return finite(Sum.sum(part, columns, included));
            }
            part.unit(restricted, out);
            return out.value;
        }

        /* n and d finite or NaN (Evaluator's null) */
        private static void ratio(double n, double d, ColumnarEvaluator.Figures out) {
            if (Double.isNaN(n) || Double.isNaN(d) || d == 0) {
                out.set(Double.NaN, n, d);
            } else {
                out.set(finite(n / d * 100), n, d);
            }
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
