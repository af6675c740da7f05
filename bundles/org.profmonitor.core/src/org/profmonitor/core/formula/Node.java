package org.profmonitor.core.formula;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The syntax tree of a formula. Every node knows the span of source it came from, so that the
 * checker can point at the faulty part. Whether a node is a number or a condition, and whether it
 * is a per-organisation or an aggregate value, is decided by the {@link TypeChecker}, not here.
 */
sealed interface Node {

    /** @return the 0-based offset of the node's text */
    int offset();

    /** @return the length of the node's text */
    int length();

    /** @return the offset just after the node's text */
    default int end() {
        return offset() + length();
    }

    /** A numeric literal. */
    record Num(double value, int offset, int length) implements Node {
    }

    /** A data element code, a per-organisation value. */
    record Element(String code, int offset, int length) implements Node {
    }

    /** {@code @CODE}: the value of another indicator for the same unit. */
    record IndicatorRef(String code, int offset, int length) implements Node {
    }

    /** {@code -x} or {@code not c}. */
    record Unary(UnaryOp op, Node operand, int offset, int length) implements Node {
    }

    /** Arithmetic, comparison or logical operation. */
    record Binary(BinaryOp op, Node left, Node right, int offset, int length) implements Node {
    }

    /** A function call; the name starts at {@link #offset()}. */
    record Call(String name, List<Node> arguments, int offset, int length) implements Node {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** Unary operators. */
    enum UnaryOp {
        NEGATE("-"), NOT("not "); //$NON-NLS-1$ //$NON-NLS-2$

        final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Binary operators, grouped by what they work on. */
    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        AND("and"), OR("or"); //$NON-NLS-1$ //$NON-NLS-2$

        final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        boolean isArithmetic() {
            return ordinal() <= DIVIDE.ordinal();
        }

        boolean isComparison() {
            return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal();
        }

        boolean isLogical() {
            return this == AND || this == OR;
        }
    }

    /**
     * A copy of {@code node} covering a wider span: a parenthesised expression keeps its
     * parentheses, so that errors on it and on the expressions around it underline them too.
     */
    static Node widen(Node node, int offset, int length) {
        return switch (node) {
            case Num n -> new Num(n.value(), offset, length);
            case Element e -> new Element(e.code(), offset, length);
            case IndicatorRef r -> new IndicatorRef(r.code(), offset, length);
            case Unary u -> new Unary(u.op(), u.operand(), offset, length);
            case Binary b -> new Binary(b.op(), b.left(), b.right(), offset, length);
            case Call c -> new Call(c.name(), c.arguments(), offset, length);
        };
    }

    /** @return the node written with every operation in parentheses and lower-case names */
    static String canonical(Node node) {
        return switch (node) {
            case Num n -> BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString();
            case Element e -> e.code();
            case IndicatorRef r -> "@" + r.code(); //$NON-NLS-1$
            case Unary u -> "(" + u.op().symbol + canonical(u.operand()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case Binary b -> "(" + canonical(b.left()) + " " + b.op().symbol + " " + canonical(b.right()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            case Call c -> c.name().toLowerCase(Locale.ROOT)
                    + c.arguments().stream().map(Node::canonical).collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        };
    }
}
