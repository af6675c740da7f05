package org.profmonitor.core.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.profmonitor.core.formula.Node.BinaryOp;
import org.profmonitor.core.formula.Type.Level;

/**
 * Checks one formula's tree against a {@link FormulaEnvironment} and computes its {@link Type}.
 * Reports every problem it finds; a subtree with an error has the type {@link Type#ERROR}, which
 * its parents accept silently so that one mistake gives one message.
 */
final class TypeChecker {

    /** Where in the tree the checker is. */
    private record Context(Function rowFunction, boolean inPrev) {

        static final Context TOP = new Context(null, false);

        /** Inside sum/count/orgshare: per-organisation values only. */
        boolean inRow() {
            return rowFunction != null;
        }

        Context row(Function function) {
            return new Context(function, inPrev);
        }

        Context prev() {
            return new Context(rowFunction, true);
        }
    }

    private static final int SNIPPET_LENGTH = 40;

    private final String source;
    private final FormulaEnvironment environment;
    private final IndicatorResolver resolver;
    private final List<FormulaProblem> problems = new ArrayList<>();
    private boolean usesPrev;
    private String cyclePath;

    TypeChecker(String source, FormulaEnvironment environment, IndicatorResolver resolver) {
        this.source = source;
        this.environment = environment;
        this.resolver = resolver;
    }

    /** Checks a whole formula, whose value must be a number computed for the unit. */
    Type checkFormula(Node root) {
        Type type = visit(root, Context.TOP);
        if (!requireNumber(root, type)) {
            return Type.ERROR;
        }
        if (type.level() == Level.ROW) {
            reportRowValue(root);
            return Type.ERROR;
        }
        return type;
    }

    List<FormulaProblem> problems() {
        return problems;
    }

    /** @return whether the formula uses prev(), directly or through an indicator */
    boolean usesPrev() {
        return usesPrev;
    }

    /** @return the first cycle of indicators met, e.g. "@A → @B → @A", or {@code null} */
    String cyclePath() {
        return cyclePath;
    }

    private Type visit(Node node, Context context) {
        return switch (node) {
            case Node.Num n -> Type.number(Level.CONSTANT, Measure.CONSTANT);
            case Node.Element e -> element(e);
            case Node.IndicatorRef r -> indicator(r, context);
            case Node.Unary u -> unary(u, context);
            case Node.Binary b -> binary(b, context);
            case Node.Call c -> call(c, context);
        };
    }

    private Type element(Node.Element element) {
        Optional<ElementKind> kind = environment.elementKind(element.code());
        if (kind.isEmpty()) {
            report(isLatin(element.code()) ? ProblemCode.UNKNOWN_ELEMENT : ProblemCode.NON_LATIN_CODE, element,
                    element.code());
            return Type.ERROR;
        }
        return Type.number(Level.ROW, Measure.of(kind.get()));
    }

    private Type indicator(Node.IndicatorRef reference, Context context) {
        if (context.inRow()) {
            report(ProblemCode.AGGREGATE_IN_ROW_CONTEXT, reference, "@" + reference.code(), context.rowFunction().text()); //$NON-NLS-1$
            return Type.ERROR;
        }
        IndicatorResolver.Info info = resolver.resolve(reference.code());
        switch (info.status()) {
            case UNKNOWN -> report(isLatin(reference.code()) ? ProblemCode.UNKNOWN_INDICATOR : ProblemCode.NON_LATIN_CODE,
                    reference, "@" + reference.code()); //$NON-NLS-1$
            case CYCLE -> {
                report(ProblemCode.INDICATOR_CYCLE, reference, info.cyclePath());
                if (cyclePath == null) {
                    cyclePath = info.cyclePath();
                }
            }
            case INVALID -> report(ProblemCode.INVALID_INDICATOR, reference, reference.code());
            case VALID -> {
                if (info.usesPrev()) {
                    usesPrev = true;
                    if (context.inPrev()) {
                        report(ProblemCode.NESTED_PREV_VIA_INDICATOR, reference, reference.code());
                    }
                }
                return Type.number(Level.UNIT, info.measure());
            }
        }
        return Type.ERROR;
    }

    private Type unary(Node.Unary unary, Context context) {
        Type operand = visit(unary.operand(), context);
        if (unary.op() == Node.UnaryOp.NOT) {
            return requireCondition(unary.operand(), operand) ? Type.condition(operand.level()) : Type.ERROR;
        }
        return requireNumber(unary.operand(), operand) ? operand : Type.ERROR;
    }

    private Type binary(Node.Binary binary, Context context) {
        Type left = visit(binary.left(), context);
        Type right = visit(binary.right(), context);
        BinaryOp op = binary.op();
        boolean valid = op.isLogical()
                ? requireCondition(binary.left(), left) & requireCondition(binary.right(), right)
                : requireNumber(binary.left(), left) & requireNumber(binary.right(), right);
        if (!valid || !sameLevel(binary, left, right)) {
            return Type.ERROR;
        }
        Level level = left.level().with(right.level());
        if (op.isLogical()) {
            return Type.condition(level);
        }
        if (op.isComparison()) {
            checkFlagComparison(binary);
            return Type.condition(level);
        }
        Measure measure = op == BinaryOp.ADD || op == BinaryOp.SUBTRACT
                ? Measure.add(left.measure(), right.measure())
                : Measure.multiply(left.measure(), right.measure(), op == BinaryOp.DIVIDE);
        if (measure == null) {
            report(ProblemCode.INCOMPATIBLE_OPERANDS, binary, op.symbol, left.measure(), right.measure());
            return Type.ERROR;
        }
        return Type.number(level, measure);
    }

    /** A per-organisation value cannot meet an aggregate: {@code sum(a) + b} has no meaning. */
    private boolean sameLevel(Node.Binary binary, Type left, Type right) {
        if (left.level() == Level.ROW && right.level() == Level.UNIT) {
            reportRowValue(binary.left());
            return false;
        }
        if (left.level() == Level.UNIT && right.level() == Level.ROW) {
            reportRowValue(binary.right());
            return false;
        }
        return true;
    }

    /** Yes/no elements hold only 0 and 1; comparing them with anything else is a mistake. */
    private void checkFlagComparison(Node.Binary comparison) {
        String flag = flagCode(comparison.left());
        Node other = comparison.right();
        if (flag == null) {
            flag = flagCode(comparison.right());
            other = comparison.left();
        }
        boolean zeroOrOne = other instanceof Node.Num n && (n.value() == 0 || n.value() == 1);
        if (flag != null && !zeroOrOne) {
            report(ProblemCode.FLAG_COMPARISON, comparison, flag);
        }
    }

    private String flagCode(Node node) {
        return node instanceof Node.Element e
                && environment.elementKind(e.code()).orElse(null) == ElementKind.FLAG ? e.code() : null;
    }

    private Type call(Node.Call call, Context context) {
        Function function = Function.byName(call.name());
        if (function == null) {
            report(ProblemCode.UNKNOWN_FUNCTION, call.offset(), call.name().length(), call.name(), Function.list());
            return Type.ERROR;
        }
        Context inner = switch (function) {
            case SUM, COUNT, ORGSHARE -> context.row(function);
            case PREV -> context.prev();
            case SHARE -> context;
        };
        if (context.inRow()) {
            report(ProblemCode.AGGREGATE_IN_ROW_CONTEXT, call, function.text() + "()", context.rowFunction().text()); //$NON-NLS-1$
            call.arguments().forEach(argument -> visit(argument, inner)); // still find unknown codes
            return Type.ERROR;
        }
        if (call.arguments().size() != function.arity) {
            report(ProblemCode.WRONG_ARGUMENT_COUNT, call, function.text(), function.arity, call.arguments().size());
            call.arguments().forEach(argument -> visit(argument, inner));
            return Type.ERROR;
        }
        return switch (function) {
            case SUM -> sum(call, inner);
            case COUNT, ORGSHARE -> count(call, inner, function);
            case SHARE -> share(call, inner);
            case PREV -> prev(call, context);
        };
    }

    private Type sum(Node.Call call, Context inner) {
        Node argument = call.arguments().get(0);
        Type type = visit(argument, inner);
        return requireNumber(argument, type) ? Type.number(Level.UNIT, type.measure().summed()) : Type.ERROR;
    }

    private Type count(Node.Call call, Context inner, Function function) {
        Node argument = call.arguments().get(0);
        if (!requireCondition(argument, visit(argument, inner))) {
            return Type.ERROR;
        }
        return Type.number(Level.UNIT, function == Function.COUNT ? Measure.ORGANISATIONS : Measure.PERCENT);
    }

    private Type share(Node.Call call, Context inner) {
        Node numeratorNode = call.arguments().get(0);
        Node denominatorNode = call.arguments().get(1);
        Type numerator = visit(numeratorNode, inner);
        Type denominator = visit(denominatorNode, inner);
        if (requireNumber(numeratorNode, numerator) & requireNumber(denominatorNode, denominator)) {
            Measure n = shared(numerator);
            Measure d = shared(denominator);
            if (!n.sharable(d)) {
                report(ProblemCode.INCOMPATIBLE_SHARE, call, n, d);
            }
        }
        // Even a faulty share is a percentage: saying so avoids follow-up errors around it.
        return Type.number(Level.UNIT, Measure.PERCENT);
    }

    /** Per-organisation arguments of share() are summed over the organisations. */
    private static Measure shared(Type argument) {
        return argument.level() == Level.ROW ? argument.measure().summed() : argument.measure();
    }

    private Type prev(Node.Call call, Context context) {
        usesPrev = true;
        if (context.inPrev()) {
            report(ProblemCode.NESTED_PREV, call);
        }
        Node argument = call.arguments().get(0);
        Type type = visit(argument, context.prev());
        if (!requireNumber(argument, type)) {
            return Type.ERROR;
        }
        if (type.level() == Level.ROW) {
            reportRowValue(argument);
            return Type.ERROR;
        }
        return type;
    }

    /* "а", "е", "о", "с", "р", "х" look Latin; a code with them is unknown and the message must say why. */
    private static boolean isLatin(String code) {
        return code.chars().allMatch(c -> c < 128);
    }

    private boolean requireNumber(Node node, Type type) {
        if (type.category() == Type.Category.CONDITION) {
            report(ProblemCode.CONDITION_AS_NUMBER, node);
        }
        return type.isNumber();
    }

    private boolean requireCondition(Node node, Type type) {
        if (type.isNumber()) {
            report(ProblemCode.NUMBER_AS_CONDITION, node);
        }
        return type.category() == Type.Category.CONDITION;
    }

    private void reportRowValue(Node node) {
        String text = source.substring(node.offset(), node.end());
        if (text.length() > SNIPPET_LENGTH) {
            text = text.substring(0, SNIPPET_LENGTH - 1) + '\u2026';
        }
        report(ProblemCode.ROW_VALUE_OUTSIDE_AGGREGATE, node, text);
    }

    private void report(ProblemCode code, Node node, Object... arguments) {
        report(code, node.offset(), node.length(), arguments);
    }

    private void report(ProblemCode code, int offset, int length, Object... arguments) {
        problems.add(new FormulaProblem(code, offset, length, arguments));
    }
}
