package org.profmonitor.core.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Units;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Indicator;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;

/**
 * What the problem rules and the recommendation drafting look at: one campaign's indicators,
 * computed for every organisation, municipality and the region, and the raw figures behind them.
 * Immutable.
 */
public final class AnalysisInput {

    private final IndicatorSet set;
    private final Directory directory;
    private final Units units;
    private final String academicYear;
    private final LocalDate periodStart;
    private final List<IndicatorValue> values;
    private final CampaignValues figures;
    private final LocalDate analysisDate;
    private final Map<String, IndicatorValue> byIndicatorAndUnit = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();

    /**
     * @param set the indicator set in effect
     * @param directory the region's municipalities and organisations
     * @param academicYear the campaign's academic year, e.g. {@code 2022/23}
     * @param periodStart the start of the campaign's period, or {@code null}
     * @param values every indicator for every unit (totals, not disaggregations)
     * @param figures the campaign's raw figures
     * @param analysisDate the day of the analysis, from which deadlines in working days count
     */
    public AnalysisInput(IndicatorSet set, Directory directory, String academicYear, LocalDate periodStart,
            List<IndicatorValue> values, CampaignValues figures, LocalDate analysisDate) {
        this.set = Objects.requireNonNull(set, "set"); //$NON-NLS-1$
        this.directory = Objects.requireNonNull(directory, "directory"); //$NON-NLS-1$
        this.units = new Units(directory);
        this.academicYear = academicYear;
        this.periodStart = periodStart;
        this.values = List.copyOf(values);
        this.figures = Objects.requireNonNull(figures, "figures"); //$NON-NLS-1$
        this.analysisDate = Objects.requireNonNull(analysisDate, "analysisDate"); //$NON-NLS-1$
        for (IndicatorValue value : this.values) {
            byIndicatorAndUnit.putIfAbsent(key(value.indicator().getCode(), value.unit().code()), value);
        }
        for (Municipality municipality : directory.getMunicipalities()) {
            for (Organisation organisation : municipality.getOrganisations()) {
                organisations.put(organisation.getCode(), organisation);
            }
        }
    }

    /** @return the indicator set in effect */
    public IndicatorSet set() {
        return set;
    }

    /** @return the region's directory */
    public Directory directory() {
        return directory;
    }

    /** @return the organisations, municipalities and the region as units */
    public Units units() {
        return units;
    }

    /** @return the campaign's academic year, or {@code null} */
    public String academicYear() {
        return academicYear;
    }

    /** @return the start of the campaign's period, or {@code null} */
    public LocalDate periodStart() {
        return periodStart;
    }

    /** @return every indicator for every unit */
    public List<IndicatorValue> values() {
        return values;
    }

    /** @return the campaign's raw figures */
    public CampaignValues figures() {
        return figures;
    }

    /** @return the day of the analysis */
    public LocalDate analysisDate() {
        return analysisDate;
    }

    /**
     * @param indicatorCode an indicator's code
     * @param unitCode a unit's code
     * @return its computed value, if it was computed
     */
    public Optional<IndicatorValue> value(String indicatorCode, String unitCode) {
        return Optional.ofNullable(byIndicatorAndUnit.get(key(indicatorCode, unitCode)));
    }

    /** @return the organisation of the directory with that code */
    public Optional<Organisation> organisation(String code) {
        return Optional.ofNullable(organisations.get(code));
    }

    /** @return the indicators of the set, in set order */
    public List<Indicator> indicators() {
        return set.getCriteria().stream().flatMap(criterion -> criterion.getIndicators().stream()).toList();
    }

    private static String key(String indicatorCode, String unitCode) {
        return indicatorCode + '\u0000' + unitCode;
    }
}
