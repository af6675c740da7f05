package org.profmonitor.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.profmonitor.core.compute.CampaignValues;
import org.profmonitor.core.compute.DisaggregatedValue;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.model.DataElement;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.Store;
import org.profmonitor.store.ValueChange;

/**
 * What the results view shows after a save, computed in memory from the figures read before and
 * the values written, must be what a calculation that reads the database again gives: every
 * indicator of every unit, totals and disaggregations, for a changed value, a value of an
 * organisation that had reported nothing (or of an element one had not reported), and a
 * disaggregated value.
 */
class EditedCalculationTest {

    private static final String CAMPAIGN = "tver-2022-23"; //$NON-NLS-1$
    private static final String OVZ = "ОВЗ"; //$NON-NLS-1$

    @Test
    void theEditedCalculationIsTheOneReadAgainFromTheDatabase() throws Exception {
        try (Store store = Store.open("jdbc:derby:memory:edited-" + UUID.randomUUID() + ";create=true")) {
            new DemoLoader(store, IndicatorSetRegistry.getDefault()).load();
            CampaignContext campaign = withDisaggregation(
                    CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), CAMPAIGN));
            ResultCalculation before = new ResultCalculation(store, campaign);
            List<String> shownBefore = render(before);

            List<ValueChange> changes = changes(campaign, before.figures());
            store.values().applyValues(CAMPAIGN, changes, "test", "test"); //$NON-NLS-1$ //$NON-NLS-2$
            ResultCalculation edited = before.edited(changes);
            List<String> readAgain = render(new ResultCalculation(store, campaign));

            assertNotEquals(shownBefore, readAgain, "the changes move some results");
            assertEquals(readAgain, render(edited));
            assertEquals(shownBefore, render(before), "the calculation edited is unchanged");
            assertTrue(readAgain.stream().anyMatch(line -> line.startsWith(OVZ + ' ')), "disaggregated rows compared");
        }
    }

    /* Tver's set, with its indicator of students with disabilities computed over their own figures too */
    private static CampaignContext withDisaggregation(CampaignContext campaign) {
        IndicatorSetContribution shipped = campaign.contribution();
        IndicatorSet set = EcoreUtil.copy(shipped.indicatorSet());
        set.getCriteria().stream().flatMap(criterion -> criterion.getIndicators().stream())
                .filter(indicator -> indicator.getCode().equals("M_7")).findFirst().orElseThrow() //$NON-NLS-1$
                .getDisaggregations().add(OVZ);
        return new CampaignContext(campaign.info(), new IndicatorSetContribution(shipped.id(), shipped.bundleName(),
                shipped.bundleVersion(), set, shipped.directory(), List.of(), shipped.origin(), shipped.source()));
    }

    /* a reported value changed (twice: the last one counts), a value not reported, a disaggregated one */
    private static List<ValueChange> changes(CampaignContext campaign, CampaignValues figures) {
        List<ValueChange> changes = new ArrayList<>();
        String organisation = figures.organisations().stream().sorted().findFirst().orElseThrow();
        String reported = figures.elements(organisation).stream().sorted().findFirst().orElseThrow();
        double value = figures.value(organisation, reported);
        changes.add(ValueChange.of(organisation, reported, value + 7));
        changes.add(ValueChange.of(organisation, reported, value + 3));
        List<String> silent = campaign.directory().getMunicipalities().stream()
                .flatMap(municipality -> municipality.getOrganisations().stream()).map(Organisation::getCode)
                .filter(code -> !figures.organisations().contains(code)).sorted().toList();
        if (!silent.isEmpty()) {
            // an organisation that had reported nothing: the figures gain a row
            changes.add(ValueChange.of(silent.get(0), reported, 1));
            return withDisaggregation(changes);
        }
        for (String other : figures.organisations().stream().sorted().toList()) {
            for (DataElement element : campaign.indicatorSet().getDataElements()) {
                if (figures.value(other, element.getCode()) == null) {
                    changes.add(ValueChange.of(other, element.getCode(), 0));
                    return withDisaggregation(changes);
                }
            }
        }
        throw new AssertionError("every organisation reported every element: the test needs a gap"); //$NON-NLS-1$
    }

    /* the disaggregation's figures of one organisation for M_7, where before it had none */
    private static List<ValueChange> withDisaggregation(List<ValueChange> changes) {
        changes.add(new ValueChange(changes.get(0).organisationCode(), "STUD_OVZ", OVZ, 5)); //$NON-NLS-1$
        changes.add(new ValueChange(changes.get(0).organisationCode(), "OVZ_COVERED", OVZ, 2)); //$NON-NLS-1$
        return changes;
    }

    private static List<String> render(ResultCalculation calculation) throws Exception {
        List<String> lines = new ArrayList<>();
        for (IndicatorValue value : calculation.compute(List.of())) {
            lines.add(line(value));
        }
        for (DisaggregatedValue value : calculation.computeDisaggregated(List.of())) {
            lines.add(value.disaggregation() + ' ' + line(value.value()));
        }
        return lines;
    }

    private static String line(IndicatorValue value) {
        return value.indicator().getCode() + ' ' + value.unit().code() + ' ' + value.value() + ' ' + value.result()
                + ' ' + value.previous() + ' ' + value.reached();
    }
}
