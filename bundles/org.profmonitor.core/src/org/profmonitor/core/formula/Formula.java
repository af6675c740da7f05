package org.profmonitor.core.formula;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed indicator formula. It is syntactically correct but not yet checked against the data
 * elements and indicators of an indicator set: use {@link FormulaChecker} for that.
 * Immutable; two formulas are equal when their source texts are.
 */
public final class Formula {

    private final String source;
    private final Node root;

    private Formula(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Parses formula text.
     *
     * @param source the text, in the language described in the package documentation
     * @return the formula
     * @throws FormulaSyntaxException with the position and message of the first syntax error
     */
    public static Formula parse(String source) throws FormulaSyntaxException {
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        return new Formula(source, Parser.parse(source));
    }

    /** @return the text the formula was parsed from */
    public String source() {
        return source;
    }

    /** @return the data element codes the formula uses, in order of first appearance */
    public Set<String> elementCodes() {
        Set<String> codes = new LinkedHashSet<>();
        collect(root, codes, false);
        return Collections.unmodifiableSet(codes);
    }

    /** @return the codes of the indicators the formula refers to (without {@code @}), in order */
    public Set<String> indicatorCodes() {
        Set<String> codes = new LinkedHashSet<>();
        collect(root, codes, true);
        return Collections.unmodifiableSet(codes);
    }

    /**
     * @return the formula as the parser understood it: every operation in parentheses, names in
     *         lower case, e.g. {@code share((a + b), c)}; useful to show how precedence applied
     */
    public String toCanonicalString() {
        return Node.canonical(root);
    }

    Node root() {
        return root;
    }

    private static void collect(Node node, Set<String> codes, boolean indicators) {
        switch (node) {
            case Node.Element e -> {
                if (!indicators) {
                    codes.add(e.code());
                }
            }
            case Node.IndicatorRef r -> {
                if (indicators) {
                    codes.add(r.code());
                }
            }
            case Node.Unary u -> collect(u.operand(), codes, indicators);
            case Node.Binary b -> {
                collect(b.left(), codes, indicators);
                collect(b.right(), codes, indicators);
            }
            case Node.Call c -> c.arguments().forEach(argument -> collect(argument, codes, indicators));
            case Node.Num n -> {
                // no codes in a literal
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Formula that && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
