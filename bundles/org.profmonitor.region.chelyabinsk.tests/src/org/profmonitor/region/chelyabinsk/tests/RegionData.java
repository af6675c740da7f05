package org.profmonitor.region.chelyabinsk.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;

/**
 * The region's contribution as the product loads it: through the extension registry, with an
 * empty workspace folder so that a developer's own copies cannot change the figures.
 */
final class RegionData {

    static final String BUNDLE = "org.profmonitor.region.chelyabinsk";
    static final String SET = "org.profmonitor.region.chelyabinsk.set2022";
    static final IndicatorSetRegistry REGISTRY = new IndicatorSetRegistry();

    static {
        try {
            REGISTRY.setWorkspaceFolder(Files.createTempDirectory("profmonitor-chelyabinsk-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RegionData() {
    }

    static IndicatorSetContribution contribution() {
        return REGISTRY.find(SET).orElseThrow(() -> new AssertionError(SET + " not loaded: " + REGISTRY.problems()));
    }

    static IndicatorValue compute(String campaign, String indicator, String unit) throws IOException {
        IndicatorSetContribution contribution = contribution();
        Units units = new Units(contribution.directory());
        return IndicatorCalculator.forDemoCampaign(contribution, campaign).compute(indicator,
                units.find(unit).orElseThrow(() -> new AssertionError("no unit " + unit)));
    }
}
