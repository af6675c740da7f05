package org.profmonitor.core.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes checked formulas over {@link ElementColumns}: each formula is compiled once, element
 * codes becoming column slots, and a unit is a list of organisation indices, so that a figure
 * costs two array reads instead of two hash lookups. Gives exactly what {@link FormulaEvaluator}
 * gives for the same figures: the same operations in the same order, {@code NaN} standing for
 * "cannot be computed" where that one uses {@code null}.
 * <p>
 * Use one per calculation run, as {@link FormulaEvaluator}. Not thread-safe.
 */
public final class ColumnarEvaluator {

    private final FormulaEnvironment environment;
    private final FormulaChecker checker;
    private final Map<Formula, Program> programs = new HashMap<>();
    private final Map<String, Compiled.Ref> references = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> slotCodes = new ArrayList<>();

    /** @param environment the data elements and indicators formulas may use */
    public ColumnarEvaluator(FormulaEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment"); //$NON-NLS-1$
        this.checker = new FormulaChecker(environment);
    }

    /** A formula checked and compiled; evaluate it with {@link ColumnarEvaluator#evaluate}. */
    public static final class Program {
        final ResultType type;
        final Compiled root;

        Program(ResultType type, Compiled root) {
            this.type = type;
            this.root = root;
        }

        /** @return whether the formula is valid; an invalid one evaluates to an invalid result */
        public boolean isValid() {
            return root != null;
        }

        /**
         * The result of figures kept on primitives (e.g. from {@link Figures}), as
         * {@link ColumnarEvaluator#evaluate(Program, Campaign, int[], Campaign, int[])} gives it.
         *
         * @param value the value, {@code NaN} when none
         * @param numerator the numerator, {@code NaN} when none
         * @param denominator the denominator, {@code NaN} when none
         * @return the result; an invalid one for an invalid program
         */
        public FormulaResult result(double value, double numerator, double denominator) {
            if (!isValid()) {
                return FormulaResult.invalid();
            }
            Double boxed = boxed(value);
            return new FormulaResult(type, boxed, boxed(numerator), boxed(denominator),
                    boxed == null ? FormulaResult.Status.NO_DATA : FormulaResult.Status.OK);
        }

        private static Double boxed(double number) {
            return Double.isNaN(number) ? null : number;
        }
    }

    /**
     * A formula's value for one unit on primitives, {@code NaN} where a {@link FormulaResult} has
     * {@code null}: what {@link ColumnarEvaluator#evaluate(Program, Campaign, int[], Campaign, int[], Figures)}
     * writes, so that a caller computing many units keeps numbers, not objects. Every number is
     * finite or {@code NaN}. Mutable, reused from unit to unit.
     */
    public static final class Figures {
        double value = Double.NaN;
        double numerator = Double.NaN;
        double denominator = Double.NaN;

        /** @return the value; {@code NaN} when there is no data */
        public double value() {
            return value;
        }

        /** @return the numerator of share(), orgshare() and count(); {@code NaN} when none */
        public double numerator() {
            return numerator;
        }

        /** @return the denominator of share(), orgshare() and count(); {@code NaN} when none */
        public double denominator() {
            return denominator;
        }

        void none() {
            set(Double.NaN, Double.NaN, Double.NaN);
        }

        /* a plain value: NaN and infinities (overflow) are "cannot be computed" */
        void of(double plain) {
            set(Double.isFinite(plain) ? plain : Double.NaN, Double.NaN, Double.NaN);
        }

        void set(double value, double numerator, double denominator) {
            this.value = value;
            this.numerator = numerator;
            this.denominator = denominator;
        }
    }

    /** A campaign's columns bound to this evaluator's slots. */
    public static final class Campaign {
        private final ElementColumns source;
        private final double[] missing;
        double[][] columns = new double[0][];

        Campaign(ElementColumns source) {
            this.source = source;
            this.missing = new double[source.organisations() + 1];
            Arrays.fill(missing, Double.NaN);
        }

        void cover(List<String> codes) {
            if (columns.length == codes.size()) {
                return;
            }
            int known = columns.length;
            columns = Arrays.copyOf(columns, codes.size());
            for (int slot = known; slot < columns.length; slot++) {
                double[] column = source.column(codes.get(slot));
                columns[slot] = column == null ? missing : column;
            }
        }
    }

    /**
     * @param formula a parsed formula
     * @return it checked and compiled, remembered for the next call
     */
    public Program compile(Formula formula) {
        Program program = programs.get(formula);
        if (program == null) {
            CheckResult check = checker.check(formula);
            program = check.isValid() ? new Program(check.type(), compile(formula.root())) : new Program(null, null);
            programs.put(formula, program);
        }
        return program;
    }

    /**
     * @param columns a campaign's figures
     * @return them ready for {@link #evaluate}
     */
    public Campaign bind(ElementColumns columns) {
        return new Campaign(Objects.requireNonNull(columns, "columns")); //$NON-NLS-1$
    }

    /**
     * Computes a formula for a unit.
     *
     * @param program the compiled formula
     * @param current the campaign computed
     * @param organisations the unit's organisations, as indices of {@code current}, each once
     * @param previous the previous campaign for prev(), or {@code null} (prev() then gives no data)
     * @param previousOrganisations the same organisations as indices of {@code previous}
     * @return the result, never {@code null}
     */
    public FormulaResult evaluate(Program program, Campaign current, int[] organisations, Campaign previous,
            int[] previousOrganisations) {
        Figures figures = new Figures();
        evaluate(program, current, organisations, previous, previousOrganisations, figures);
        return program.result(figures.value, figures.numerator, figures.denominator);
    }

    /**
     * Computes a formula for a unit into figures, without objects: the same numbers as
     * {@link #evaluate(Program, Campaign, int[], Campaign, int[])}. Safe from several threads at
     * once once {@link #prepare} has bound the campaigns (it then only reads).
     *
     * @param program the compiled formula
     * @param current the campaign computed
     * @param organisations the unit's organisations, as indices of {@code current}, each once
     * @param previous the previous campaign for prev(), or {@code null}
     * @param previousOrganisations the same organisations as indices of {@code previous}
     * @param out receives the value; no data for an invalid program
     */
    public void evaluate(Program program, Campaign current, int[] organisations, Campaign previous,
            int[] previousOrganisations, Figures out) {
        if (!program.isValid()) {
            out.none();
            return;
        }
        prepare(current, previous);
        program.root.unit(new Compiled.Scope(current.columns, organisations, organisations,
                previous == null ? null : previous.columns, previousOrganisations), out);
    }

    /**
     * Binds the campaigns' columns of every element the formulas compiled so far read. Evaluation
     * does it when needed; a caller that evaluates from several threads calls it first, after
     * compiling every program, so that evaluation only reads.
     *
     * @param current a campaign
     * @param previous another, or {@code null}
     */
    public void prepare(Campaign current, Campaign previous) {
        current.cover(slotCodes);
        if (previous != null) {
            previous.cover(slotCodes);
        }
    }

    private Compiled compile(Node node) {
        return switch (node) {
            case Node.Num n -> new Compiled.Num(n.value());
            case Node.Element e -> new Compiled.Element(slot(e.code()));
            case Node.IndicatorRef r -> reference(r.code());
            case Node.Unary u -> u.op() == Node.UnaryOp.NEGATE ? new Compiled.Negate(compile(u.operand()))
                    : new Compiled.Not(compile(u.operand()));
            case Node.Binary b -> binary(b);
            case Node.Call c -> call(c);
        };
    }

    private Compiled binary(Node.Binary b) {
        Compiled left = compile(b.left());
        Compiled right = compile(b.right());
        if (b.op().isArithmetic()) {
            return new Compiled.Arithmetic(b.op(), left, right);
        }
        if (b.op().isLogical()) {
            return new Compiled.Logical(b.op() == Node.BinaryOp.AND, left, right);
        }
        return new Compiled.Comparison(b.op(), left, right);
    }

    private Compiled call(Node.Call call) {
        Function function = Function.byName(call.name());
        if (function == null) {
            return new Compiled.Nothing();
        }
        List<Node> arguments = call.arguments();
        return switch (function) {
            case SUM -> new Compiled.Sum(compile(arguments.get(0)));
            case COUNT -> new Compiled.Count(compile(arguments.get(0)), false);
            case ORGSHARE -> new Compiled.Count(compile(arguments.get(0)), true);
            case PREV -> new Compiled.Prev(compile(arguments.get(0)));
            case SHARE -> share(arguments.get(0), arguments.get(1));
        };
    }

    private Compiled share(Node numerator, Node denominator) {
        java.util.Set<String> needed = new java.util.LinkedHashSet<>();
        Evaluator.directElements(numerator, needed);
        Evaluator.directElements(denominator, needed);
        int[] neededSlots = needed.stream().mapToInt(this::slot).toArray();
        return new Compiled.Share(compile(numerator), Evaluator.isPerOrganisation(numerator), compile(denominator),
                Evaluator.isPerOrganisation(denominator), neededSlots);
    }

    /* Resolved at once, so that every slot exists before evaluation; a cycle (which the checker
     * rejects) just refers back to the node being built. */
    private Compiled.Ref reference(String code) {
        Compiled.Ref ref = references.get(code);
        if (ref == null) {
            ref = new Compiled.Ref();
            references.put(code, ref);
            try {
                ref.target = compile(Parser.parse(environment.indicatorFormula(code).orElseThrow()));
            } catch (FormulaSyntaxException e) {
                // The check of the referencing formula has already parsed this one successfully.
                throw new IllegalStateException(e);
            }
        }
        return ref;
    }

    private int slot(String code) {
        Integer slot = slots.get(code);
        if (slot == null) {
            slot = slotCodes.size();
            slots.put(code, slot);
            slotCodes.add(code);
        }
        return slot;
    }
}
