package org.profmonitor.core.formula;

import java.util.Locale;
import java.util.Map;

import org.profmonitor.core.formula.Token.Type;

/**
 * Splits formula text into tokens on demand, so that the parser reports the leftmost error
 * whether it is lexical or syntactic.
 */
final class Lexer {

    /*
     * Keywords are case-insensitive and also accepted in Russian, since the authors of
     * formulas are Russian-speaking data officers rather than programmers.
     */
    private static final Map<String, Type> KEYWORDS = Map.of(
            "and", Type.AND, "or", Type.OR, "not", Type.NOT, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "\u0438", Type.AND, "\u0438\u043b\u0438", Type.OR, "\u043d\u0435", Type.NOT); // и, или, не //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final String source;
    private int position;

    Lexer(String source) {
        this.source = source;
    }

    /** @return the next token, {@link Type#END} (repeatedly) at the end of the source */
    Token next() throws FormulaSyntaxException {
        skipWhitespace();
        if (position >= source.length()) {
            return new Token(Type.END, "", source.length()); //$NON-NLS-1$
        }
        int start = position;
        char c = source.charAt(position);
        if (isAsciiDigit(c)) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            return word(start);
        }
        if (c == '@') {
            return indicator(start);
        }
        position++;
        Type type = switch (c) {
            case '(' -> Type.LEFT_PAREN;
            case ')' -> Type.RIGHT_PAREN;
            case ',' -> Type.COMMA;
            case '+' -> Type.PLUS;
            case '-', '\u2212', '\u2013' -> Type.MINUS; // minus sign and en dash come from word processors
            case '*' -> Type.STAR;
            case '/' -> Type.SLASH;
            case '=' -> {
                accept('='); // "==" is forgiven
                yield Type.EQ;
            }
            case '<' -> accept('=') ? Type.LE : accept('>') ? Type.NE : Type.LT;
            case '>' -> accept('=') ? Type.GE : Type.GT;
            case '!' -> accept('=') ? Type.NE : null;
            case '\u2260' -> Type.NE; // ≠
            case '\u2264' -> Type.LE; // ≤
            case '\u2265' -> Type.GE; // ≥
            default -> null;
        };
        if (type == null) {
            int end = start + Character.charCount(source.codePointAt(start));
            throw Parser.error(ProblemCode.UNEXPECTED_CHARACTER, start, end - start, source.substring(start, end));
        }
        return new Token(type, source.substring(start, position), start);
    }

    private Token number(int start) throws FormulaSyntaxException {
        skipDigits();
        if (accept('.')) {
            if (position >= source.length() || !isAsciiDigit(source.charAt(position))) {
                throw Parser.error(ProblemCode.INVALID_NUMBER, start, position - start, source.substring(start, position));
            }
            skipDigits();
        }
        return new Token(Type.NUMBER, source.substring(start, position), start);
    }

    private Token word(int start) {
        while (position < source.length() && isWordPart(source.charAt(position))) {
            position++;
        }
        String text = source.substring(start, position);
        Type keyword = KEYWORDS.get(text.toLowerCase(Locale.ROOT));
        return new Token(keyword != null ? keyword : Type.IDENTIFIER, text, start);
    }

    /** {@code @} and a code of letters, digits, {@code _} and inner dots ({@code @IND_1.2}). */
    private Token indicator(int start) throws FormulaSyntaxException {
        position++;
        while (position < source.length()) {
            char c = source.charAt(position);
            boolean innerDot = c == '.' && position + 1 < source.length() && isWordPart(source.charAt(position + 1))
                    && position > start + 1;
            if (!isWordPart(c) && !innerDot) {
                break;
            }
            position++;
        }
        if (position == start + 1) {
            throw Parser.error(ProblemCode.MISSING_INDICATOR_CODE, start, 1);
        }
        return new Token(Type.INDICATOR, source.substring(start, position), start);
    }

    private boolean accept(char expected) {
        if (position < source.length() && source.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipDigits() {
        while (position < source.length() && isAsciiDigit(source.charAt(position))) {
            position++;
        }
    }

    private void skipWhitespace() {
        // Character.isSpaceChar also covers the no-break space pasted from office documents.
        while (position < source.length()
                && (Character.isWhitespace(source.charAt(position)) || Character.isSpaceChar(source.charAt(position)))) {
            position++;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
