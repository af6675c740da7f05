package org.profmonitor.core.formula;

import java.util.ArrayList;
import java.util.List;

import org.profmonitor.core.formula.Node.BinaryOp;
import org.profmonitor.core.formula.Node.UnaryOp;
import org.profmonitor.core.formula.Token.Type;

/**
 * Recursive-descent parser of the grammar documented in {@code package-info.java}. It stops at the
 * first syntax error: what follows a syntax error cannot be read reliably.
 */
final class Parser {

    /* Deep enough for any real formula, shallow enough never to overflow the thread's stack. */
    private static final int MAX_DEPTH = 100;

    private final Lexer lexer;
    private Token current;
    private int depth;

    private Parser(String source) throws FormulaSyntaxException {
        this.lexer = new Lexer(source);
        this.current = lexer.next();
    }

    /** @return the syntax tree of {@code source} */
    static Node parse(String source) throws FormulaSyntaxException {
        Parser parser = new Parser(source);
        if (parser.current.is(Type.END)) {
            throw error(ProblemCode.EMPTY_FORMULA, 0, source.length());
        }
        Node root = parser.expression();
        if (!parser.current.is(Type.END)) {
            throw error(ProblemCode.UNEXPECTED_TOKEN, parser.current);
        }
        return root;
    }

    static FormulaSyntaxException error(ProblemCode code, int offset, int length, Object... arguments) {
        return new FormulaSyntaxException(new FormulaProblem(code, offset, length, arguments));
    }

    private static FormulaSyntaxException error(ProblemCode code, Token token) {
        return error(code, token.offset(), token.length(), token.text());
    }

    private Node expression() throws FormulaSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error(ProblemCode.TOO_DEEP, current.offset(), current.length());
        }
        Node result = or();
        depth--;
        return result;
    }

    private Node or() throws FormulaSyntaxException {
        Node left = and();
        while (current.is(Type.OR)) {
            advance();
            left = binary(BinaryOp.OR, left, and());
        }
        return left;
    }

    private Node and() throws FormulaSyntaxException {
        Node left = not();
        while (current.is(Type.AND)) {
            advance();
            left = binary(BinaryOp.AND, left, not());
        }
        return left;
    }

    private Node not() throws FormulaSyntaxException {
        if (!current.is(Type.NOT)) {
            return comparison();
        }
        Token not = advance();
        Node operand = nested(this::not);
        return new Node.Unary(UnaryOp.NOT, operand, not.offset(), operand.end() - not.offset());
    }

    private Node comparison() throws FormulaSyntaxException {
        Node left = additive();
        BinaryOp op = comparisonOp(current.type());
        if (op == null) {
            return left;
        }
        advance();
        Node result = binary(op, left, additive());
        if (comparisonOp(current.type()) != null) {
            throw error(ProblemCode.CHAINED_COMPARISON, current);
        }
        return result;
    }

    private Node additive() throws FormulaSyntaxException {
        Node left = multiplicative();
        while (current.is(Type.PLUS) || current.is(Type.MINUS)) {
            BinaryOp op = advance().is(Type.PLUS) ? BinaryOp.ADD : BinaryOp.SUBTRACT;
            left = binary(op, left, multiplicative());
        }
        return left;
    }

    private Node multiplicative() throws FormulaSyntaxException {
        Node left = unary();
        while (current.is(Type.STAR) || current.is(Type.SLASH)) {
            BinaryOp op = advance().is(Type.STAR) ? BinaryOp.MULTIPLY : BinaryOp.DIVIDE;
            left = binary(op, left, unary());
        }
        return left;
    }

    private Node unary() throws FormulaSyntaxException {
        if (!current.is(Type.MINUS)) {
            return primary();
        }
        Token minus = advance();
        Node operand = nested(this::unary);
        return new Node.Unary(UnaryOp.NEGATE, operand, minus.offset(), operand.end() - minus.offset());
    }

    private Node primary() throws FormulaSyntaxException {
        Token token = current;
        switch (token.type()) {
            case NUMBER -> {
                advance();
                double value = Double.parseDouble(token.text());
                if (Double.isInfinite(value)) {
                    throw error(ProblemCode.INVALID_NUMBER, token);
                }
                return new Node.Num(value, token.offset(), token.length());
            }
            case INDICATOR -> {
                advance();
                return new Node.IndicatorRef(token.text().substring(1), token.offset(), token.length());
            }
            case IDENTIFIER -> {
                advance();
                return current.is(Type.LEFT_PAREN) ? call(token)
                        : new Node.Element(token.text(), token.offset(), token.length());
            }
            case LEFT_PAREN -> {
                advance();
                Node inner = expression();
                Token close = expectClosingParenthesis();
                return Node.widen(inner, token.offset(), close.offset() + close.length() - token.offset());
            }
            case END -> throw error(ProblemCode.EXPECTED_OPERAND_AT_END, token);
            default -> throw error(ProblemCode.EXPECTED_OPERAND, token);
        }
    }

    private Node call(Token name) throws FormulaSyntaxException {
        advance(); // (
        List<Node> arguments = new ArrayList<>();
        if (!current.is(Type.RIGHT_PAREN)) {
            arguments.add(expression());
            while (!current.is(Type.RIGHT_PAREN)) {
                if (!current.is(Type.COMMA)) {
                    throw error(current.is(Type.END) ? ProblemCode.EXPECTED_COMMA_OR_PARENTHESIS_AT_END
                            : ProblemCode.EXPECTED_COMMA_OR_PARENTHESIS, current);
                }
                advance();
                arguments.add(expression());
            }
        }
        Token close = advance();
        return new Node.Call(name.text(), arguments, name.offset(), close.offset() + close.length() - name.offset());
    }

    private Token expectClosingParenthesis() throws FormulaSyntaxException {
        if (current.is(Type.RIGHT_PAREN)) {
            return advance();
        }
        throw error(current.is(Type.END) ? ProblemCode.EXPECTED_CLOSING_PARENTHESIS_AT_END
                : ProblemCode.EXPECTED_CLOSING_PARENTHESIS, current);
    }

    /** Parses a prefix operand ({@code - - - x}, {@code not not c}) counting it towards the depth limit. */
    private Node nested(NodeSupplier operand) throws FormulaSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error(ProblemCode.TOO_DEEP, current.offset(), current.length());
        }
        Node result = operand.get();
        depth--;
        return result;
    }

    private Token advance() throws FormulaSyntaxException {
        Token previous = current;
        current = lexer.next();
        return previous;
    }

    private static Node binary(BinaryOp op, Node left, Node right) {
        return new Node.Binary(op, left, right, left.offset(), right.end() - left.offset());
    }

    private static BinaryOp comparisonOp(Type type) {
        return switch (type) {
            case EQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case LT -> BinaryOp.LT;
            case LE -> BinaryOp.LE;
            case GT -> BinaryOp.GT;
            case GE -> BinaryOp.GE;
            default -> null;
        };
    }

    @FunctionalInterface
    private interface NodeSupplier {
        Node get() throws FormulaSyntaxException;
    }
}
