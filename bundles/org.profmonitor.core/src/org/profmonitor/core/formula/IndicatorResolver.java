package org.profmonitor.core.formula;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds out what referenced indicators yield, checking their formulas in turn (depth first), and
 * detects cycles: an indicator met again while its own formula is being checked.
 * One resolver serves one check, since the indicator set may change between checks.
 */
final class IndicatorResolver {

    /** The outcome for one indicator. */
    enum Status {
        VALID, UNKNOWN, INVALID, CYCLE
    }

    /** What a reference to an indicator gives. {@code measure} is set only when valid. */
    record Info(Status status, Measure measure, boolean usesPrev, String cyclePath) {

        static Info of(Status status) {
            return new Info(status, null, false, null);
        }
    }

    private final FormulaEnvironment environment;
    /* The chain of indicators whose formulas are being checked, outermost first. */
    private final List<String> chain = new ArrayList<>();
    private final Map<String, Info> resolved = new HashMap<>();

    /**
     * @param ownCode the code of the indicator whose formula is checked, so that a reference back
     *            to it is a cycle even if the environment still holds an older formula; may be null
     */
    IndicatorResolver(FormulaEnvironment environment, String ownCode) {
        this.environment = environment;
        if (ownCode != null) {
            chain.add(ownCode);
        }
    }

    Info resolve(String code) {
        int index = chain.indexOf(code);
        if (index >= 0) {
            String path = chain.subList(index, chain.size()).stream().map(c -> "@" + c) //$NON-NLS-1$
                    .collect(Collectors.joining(" \u2192 ", "", " \u2192 @" + code)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return new Info(Status.CYCLE, null, false, path);
        }
        Info info = resolved.get(code);
        if (info == null) {
            info = check(code);
            resolved.put(code, info);
        }
        return info;
    }

    private Info check(String code) {
        Optional<String> source = environment.indicatorFormula(code);
        if (source.isEmpty()) {
            return Info.of(Status.UNKNOWN);
        }
        Node root;
        try {
            root = Parser.parse(source.get());
        } catch (FormulaSyntaxException e) {
            return Info.of(Status.INVALID);
        }
        chain.add(code);
        TypeChecker checker = new TypeChecker(source.get(), environment, this);
        Type type = checker.checkFormula(root);
        chain.remove(chain.size() - 1);
        if (checker.cyclePath() != null) {
            return new Info(Status.CYCLE, null, false, checker.cyclePath());
        }
        if (!checker.problems().isEmpty() || type.isError()) {
            return Info.of(Status.INVALID);
        }
        return new Info(Status.VALID, type.measure(), checker.usesPrev(), null);
    }
}
