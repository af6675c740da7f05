package org.profmonitor.region.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.profmonitor.core.compute.IndicatorCalculator;
import org.profmonitor.core.compute.IndicatorValue;
import org.profmonitor.core.compute.Units;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;

/**
 * A region bundle's contribution as the product loads it: through the extension registry, with an
 * empty workspace folder so that a developer's own copies cannot change the figures.
 */
public final class RegionUnderTest {

	private final String bundleName;
	private final String setId;
	private final IndicatorSetRegistry registry = new IndicatorSetRegistry();

	/**
	 * @param bundleName the region bundle's symbolic name
	 * @param setId the id of the indicator set it contributes
	 */
	public RegionUnderTest(String bundleName, String setId) {
		this.bundleName = bundleName;
		this.setId = setId;
		try {
			registry.setWorkspaceFolder(Files.createTempDirectory("profmonitor-region-test-"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String bundleName() {
		return bundleName;
	}

	public IndicatorSetRegistry registry() {
		return registry;
	}

	public Bundle bundle() {
		return Platform.getBundle(bundleName);
	}

	/** The loaded contribution; fails the test with the registry's problems when it did not load. */
	public IndicatorSetContribution contribution() {
		return registry.find(setId)
				.orElseThrow(() -> new AssertionError(setId + " not loaded: " + registry.problems()));
	}

	/** One indicator of a demo campaign for one unit (organisation, municipality or region code). */
	public IndicatorValue compute(String campaign, String indicator, String unit) throws IOException {
		IndicatorSetContribution contribution = contribution();
		Units units = new Units(contribution.directory());
		return IndicatorCalculator.forDemoCampaign(contribution, campaign).compute(indicator,
				units.find(unit).orElseThrow(() -> new AssertionError("no unit " + unit)));
	}
}
