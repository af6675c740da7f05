package org.profmonitor.core.compute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.profmonitor.core.formula.ColumnarEvaluator;
import org.profmonitor.core.formula.Formula;
import org.profmonitor.core.formula.FormulaSyntaxException;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetEnvironment;
import org.profmonitor.model.Criterion;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Target;

/**
 * Computes the indicators of a set for units of a campaign with the formula language, with the
 * previous campaign's figures for {@code prev()} and "not below last year", and decides whether
 * each plan is reached. Not thread-safe: use one per calculation run (it spreads {@link
 * #compute(List, List)} over the cores itself).
 * <p>
 * Each formula is compiled once ({@link ColumnarEvaluator}) and evaluated over the campaigns'
 * columns; each unit's organisations are mapped to column indices once, and each indicator's
 * targets resolved once per municipality. The results are those of {@link
 * org.profmonitor.core.formula.FormulaEvaluator} over {@link CampaignValues#unitData}.
 */
public final class IndicatorCalculator {

    private final IndicatorSet set;
    private final String academicYear;
    private final CampaignValues current;
    private final CampaignValues previous;
    private final Shared shared;
    private final ColumnarEvaluator.Campaign currentColumns;
    private final ColumnarEvaluator.Campaign previousColumns;
    /* a unit's organisations as indices of the current and of the previous campaign */
    private final Map<Unit, int[][]> indices;
    /* the same for every unit of a list computed with compute(Indicator, List) */
    private final Map<List<Unit>, ListIndices> listIndices;

    /* The units of a list as they were when their indices were taken, to notice a changed list. */
    private record ListIndices(Unit[] units, int[][][] organisations) {
    }

    /** What the calculators of one run and its edits share: formulas, plans, the evaluator. */
    private static final class Shared {
        final ColumnarEvaluator evaluator;
        final Map<Indicator, ColumnarEvaluator.Program> programs = new IdentityHashMap<>();
        final Map<Indicator, Plans> plans = new IdentityHashMap<>();

        Shared(IndicatorSet set) {
            evaluator = new ColumnarEvaluator(new IndicatorSetEnvironment(set));
        }
    }

    /**
     * An indicator's plans by municipality, resolved once: every municipality without targets of
     * its own (and every unit above municipalities) shares the set-wide plan. Not thread-safe; the
     * parallel computation gives each indicator to one worker.
     */
    private static final class Plans {
        private final Indicator indicator;
        private final String academicYear;
        private final Set<String> ownTargets = new HashSet<>();
        private final PlanCheck.Plan common;
        private final Map<String, PlanCheck.Plan> byMunicipality = new HashMap<>();

        Plans(Indicator indicator, String academicYear) {
            this.indicator = indicator;
            this.academicYear = academicYear;
            for (Target target : indicator.getTargets()) {
                if (target.getMunicipalityCode() != null && !target.getMunicipalityCode().isBlank()) {
                    ownTargets.add(target.getMunicipalityCode());
                }
            }
            // PlanCheck gives a municipality without targets of its own the set-wide ones
            common = PlanCheck.plan(indicator, null, academicYear);
        }

        PlanCheck.Plan of(String municipalityCode) {
            if (municipalityCode == null || !ownTargets.contains(municipalityCode)) {
                return common;
            }
            return byMunicipality.computeIfAbsent(municipalityCode,
                    code -> PlanCheck.plan(indicator, code, academicYear));
        }
    }

    /**
     * @param set the indicator set
     * @param academicYear the campaign's academic year, e.g. {@code 2022/23}, to pick the targets
     * @param current the figures of the campaign computed
     * @param previous the figures of the previous campaign, or {@code null} if there is none
     */
    public IndicatorCalculator(IndicatorSet set, String academicYear, CampaignValues current,
            CampaignValues previous) {
        this.set = Objects.requireNonNull(set, "set"); //$NON-NLS-1$
        this.academicYear = academicYear;
        this.current = Objects.requireNonNull(current, "current"); //$NON-NLS-1$
        this.previous = previous;
        this.shared = new Shared(set);
        this.currentColumns = shared.evaluator.bind(current.columns());
        this.previousColumns = previous == null ? null : shared.evaluator.bind(previous.columns());
        this.indices = new IdentityHashMap<>();
        this.listIndices = new IdentityHashMap<>();
    }

    private IndicatorCalculator(IndicatorCalculator base, CampaignValues current) {
        this.set = base.set;
        this.academicYear = base.academicYear;
        this.current = current;
        this.previous = base.previous;
        this.shared = base.shared;
        this.currentColumns = shared.evaluator.bind(current.columns());
        this.previousColumns = base.previousColumns;
        // the indices stay valid while the organisations are indexed the same way
        boolean same = current.sameOrganisations(base.current);
        this.indices = same ? base.indices : new IdentityHashMap<>();
        this.listIndices = same ? base.listIndices : new IdentityHashMap<>();
    }

    /**
     * The calculator after one figure of the campaign computed changed: what the workbench does on
     * an edit. Compiled formulas, targets and units' indices are reused; only the changed column
     * is copied.
     *
     * @param organisationCode the organisation
     * @param elementCode the element
     * @param value the new figure, or {@code null} when it was removed
     * @return a calculator over the changed figures; this one is unchanged
     */
    public IndicatorCalculator edited(String organisationCode, String elementCode, Double value) {
        return new IndicatorCalculator(this, current.with(organisationCode, elementCode, value));
    }

    /** @return the figures of the campaign computed */
    public CampaignValues current() {
        return current;
    }

    /** @return the figures of the previous campaign, or {@code null} */
    public CampaignValues previous() {
        return previous;
    }

    /**
     * Prepares the calculation of a demo campaign of a contribution, with its previous demo
     * campaign if it has one ({@link IndicatorSetContribution#previousOf(DemoCampaign)}).
     *
     * @param contribution a loaded contribution
     * @param demoCampaignId the id of one of its demo campaigns
     * @return a calculator over the contribution's set in effect
     * @throws NoSuchElementException if there is no such demo campaign
     * @throws IOException if a values CSV cannot be read
     */
    public static IndicatorCalculator forDemoCampaign(IndicatorSetContribution contribution, String demoCampaignId)
            throws IOException {
        DemoCampaign demo = contribution.demoCampaign(demoCampaignId)
                .orElseThrow(() -> new NoSuchElementException(demoCampaignId));
        CampaignValues previousValues = null;
        DemoCampaign previousDemo = contribution.previousOf(demo).orElse(null);
        if (previousDemo != null) {
            previousValues = CampaignValues.read(previousDemo.values());
        }
        return new IndicatorCalculator(contribution.indicatorSet(), demo.campaign().getAcademicYear(),
                CampaignValues.read(demo.values()), previousValues);
    }

    /**
     * @param indicatorCode the code of an indicator of the set
     * @param unit the unit
     * @return the indicator's value for the unit, compared with its plan
     * @throws NoSuchElementException if the set has no such indicator
     */
    public IndicatorValue compute(String indicatorCode, Unit unit) {
        return compute(indicator(indicatorCode), unit);
    }

    /**
     * @param indicator an indicator of the set
     * @param unit the unit
     * @return the indicator's value for the unit, compared with its plan
     */
    public IndicatorValue compute(Indicator indicator, Unit unit) {
        IndicatorResults results = new IndicatorResults(indicator, new Unit[] { unit }, program(indicator),
                previousColumns != null);
        fill(results, new int[][][] { indices.computeIfAbsent(unit, this::indicesOf) }, plans(indicator));
        return results.get(0);
    }

    /**
     * One indicator for many units: the formula, the units' indices and the targets are looked up
     * once for the list, not per unit (the country has 42,000 units per indicator), and the values
     * are kept in arrays until one is asked for.
     *
     * @param indicator an indicator of the set
     * @param units the units; pass the same list for every indicator: its indices are remembered
     * @return the indicator's value for each unit, in the list's order
     */
    public IndicatorResults compute(Indicator indicator, List<Unit> units) {
        return compute(List.of(indicator), units).get(0);
    }

    /**
     * Several indicators for many units, the indicators computed in parallel (the common
     * fork-join pool) once the formulas, indices and targets are resolved here: the evaluation
     * itself only reads. A failure in a worker is thrown here. The values are those of {@link
     * #compute(Indicator, List)} for each indicator.
     *
     * @param indicators indicators of the set
     * @param units the units; pass the same list each time: its indices are remembered
     * @return each indicator's values, in the order of {@code indicators}
     */
    public List<IndicatorResults> compute(List<Indicator> indicators, List<Unit> units) {
        Unit[] listed = units.toArray(Unit[]::new);
        int[][][] organisations = organisationsOf(units, listed);
        IndicatorResults[] results = new IndicatorResults[indicators.size()];
        Plans[] plans = new Plans[results.length];
        for (int i = 0; i < results.length; i++) {
            Indicator indicator = indicators.get(i);
            results[i] = new IndicatorResults(indicator, listed, program(indicator), previousColumns != null);
            plans[i] = plans(indicator);
        }
        // every formula is compiled by now: bind every column they read before evaluating in parallel
        shared.evaluator.prepare(currentColumns, previousColumns);
        IntStream stream = IntStream.range(0, results.length);
        (results.length > 1 ? stream.parallel() : stream).forEach(i -> fill(results[i], organisations, plans[i]));
        return List.of(results);
    }

    /*
     * Evaluates every unit of a table. It reads only shared state, and the indicator's own plans:
     * tables of different indicators can be filled in parallel.
     */
    private void fill(IndicatorResults results, int[][][] organisations, Plans plans) {
        ColumnarEvaluator.Program program = results.program();
        ColumnarEvaluator.Figures figures = new ColumnarEvaluator.Figures();
        double[][] current = results.current;
        double[][] previous = results.previous;
        PlanCheck.Plan plan = null;
        String municipality = null;
        for (int i = 0; i < organisations.length; i++) {
            // units come municipality by municipality: the plan changes rarely
            Unit unit = results.unit(i);
            if (plan == null || !Objects.equals(municipality, unit.municipalityCode())) {
                municipality = unit.municipalityCode();
                plan = plans.of(municipality);
            }
            // without a program (a formula that does not parse) the figures stay "no data"
            if (program != null) {
                shared.evaluator.evaluate(program, currentColumns, organisations[i][0], previousColumns,
                        organisations[i][1], figures);
            }
            put(current, i, figures);
            double value = figures.value();
            double previousValue = Double.NaN;
            // The previous value itself has no earlier campaign at hand: prev() inside it gives no data.
            if (previous != null) {
                shared.evaluator.evaluate(program, previousColumns, organisations[i][1], null, null, figures);
                put(previous, i, figures);
                previousValue = figures.value();
            }
            results.outcomes[i] = plan.outcome(value, previousValue);
        }
    }

    private static void put(double[][] table, int index, ColumnarEvaluator.Figures figures) {
        table[0][index] = figures.value();
        table[1][index] = figures.numerator();
        table[2][index] = figures.denominator();
    }

    /* The units' indices, remembered for the list while it holds the same units. */
    private int[][][] organisationsOf(List<Unit> units, Unit[] listed) {
        ListIndices known = listIndices.get(units);
        if (known == null || !Arrays.equals(known.units(), listed)) {
            int[][][] all = new int[listed.length][][];
            for (int i = 0; i < all.length; i++) {
                all[i] = indices.get(listed[i]);
            }
            // the lookups only read the campaigns: in parallel (the country's units list 156,000 organisations)
            IntStream.range(0, all.length).parallel().filter(i -> all[i] == null)
                    .forEach(i -> all[i] = indicesOf(listed[i]));
            for (int i = 0; i < all.length; i++) {
                indices.putIfAbsent(listed[i], all[i]);
            }
            known = new ListIndices(listed, all);
            listIndices.put(units, known);
        }
        return known.organisations();
    }

    /**
     * @param units the units to compute for
     * @return every indicator of the set for every unit, indicators in set order
     */
    public List<IndicatorValue> computeAll(List<Unit> units) {
        List<Indicator> indicators = new ArrayList<>();
        for (Criterion criterion : set.getCriteria()) {
            indicators.addAll(criterion.getIndicators());
        }
        List<IndicatorValue> values = new ArrayList<>();
        for (IndicatorResults results : compute(indicators, units)) {
            values.addAll(results);
        }
        return values;
    }

    private Indicator indicator(String code) {
        for (Criterion criterion : set.getCriteria()) {
            for (Indicator indicator : criterion.getIndicators()) {
                if (code.equals(indicator.getCode())) {
                    return indicator;
                }
            }
        }
        throw new NoSuchElementException(code);
    }

    /* null: a syntax error, reported by the registry's validation; here it just has no value */
    private ColumnarEvaluator.Program program(Indicator indicator) {
        ColumnarEvaluator.Program program = shared.programs.get(indicator);
        if (program == null && !shared.programs.containsKey(indicator)) {
            try {
                program = shared.evaluator.compile(
                        Formula.parse(indicator.getFormula() == null ? "" : indicator.getFormula())); //$NON-NLS-1$
            } catch (FormulaSyntaxException e) {
                program = null;
            }
            shared.programs.put(indicator, program);
        }
        return program;
    }

    private Plans plans(Indicator indicator) {
        return shared.plans.computeIfAbsent(indicator, key -> new Plans(key, academicYear));
    }

    private int[][] indicesOf(Unit unit) {
        List<String> codes = unit.organisationCodes();
        if (codes.size() > 1) {
            codes = List.copyOf(new LinkedHashSet<>(codes)); // each once, as unitData() counts them
        }
        return new int[][] { current.indices(codes), previous == null ? null : previous.indices(codes) };
    }

}
