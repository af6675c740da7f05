package org.profmonitor.core.formula;

/** A lexical token: its type, its exact source text and where it starts. */
record Token(Token.Type type, String text, int offset) {

    /** Token types. */
    enum Type {
        NUMBER, IDENTIFIER, INDICATOR, LEFT_PAREN, RIGHT_PAREN, COMMA,
        PLUS, MINUS, STAR, SLASH, EQ, NE, LT, LE, GT, GE, AND, OR, NOT, END
    }

    int length() {
        return text.length();
    }

    boolean is(Type expected) {
        return type == expected;
    }
}
