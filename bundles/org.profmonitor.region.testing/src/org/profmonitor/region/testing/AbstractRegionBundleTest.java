package org.profmonitor.region.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.resource.ModelResources;
import org.profmonitor.model.validation.ModelValidation;

/**
 * What every region bundle must satisfy: its files load through the registry without problems,
 * survive a round trip through a fresh ResourceSet, validate, and the set names its source
 * document. A region's test bundle subclasses this with the region's own expectations.
 */
public abstract class AbstractRegionBundleTest {

	/** The region's expected identity and source document. */
	public record Expected(String regionName, List<String> demoCampaigns, String issuer, String number,
			LocalDate date, int xmiFiles) {
	}

	@TempDir
	Path temp;

	protected abstract RegionUnderTest region();

	protected abstract Expected expected();

	@Test
	void contributionLoadsWithoutProblems() {
		RegionUnderTest region = region();
		IndicatorSetContribution contribution = region.contribution();

		assertEquals(region.bundleName(), contribution.bundleName());
		assertEquals(Origin.SHIPPED, contribution.origin());
		assertEquals(expected().regionName(), contribution.regionName());
		assertEquals(expected().demoCampaigns(), contribution.demoCampaigns().stream().map(DemoCampaign::id).toList());
		assertEquals(List.of(), region.registry().problems().stream()
				.filter(problem -> region.bundleName().equals(problem.bundleName())).toList());
	}

	@Test
	void setNamesItsSourceDocument() {
		LegalAct regulation = region().contribution().indicatorSet().getRegulation();

		assertNotNull(regulation);
		assertEquals(expected().issuer(), regulation.getIssuer());
		assertEquals(expected().number(), regulation.getNumber());
		assertEquals(expected().date(), regulation.getDate());
		assertFalse(regulation.getTitle() == null || regulation.getTitle().isBlank());
	}

	@Test
	void setDirectoryAndCampaignsValidateWithoutErrors() {
		IndicatorSetContribution contribution = region().contribution();
		List<EObject> roots = new ArrayList<>(List.of(contribution.indicatorSet(), contribution.directory()));
		contribution.demoCampaigns().forEach(demo -> roots.add(demo.campaign()));

		for (EObject root : roots) {
			Diagnostic diagnostic = ModelValidation.validate(root);
			assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> errors(diagnostic));
		}
	}

	@TestFactory
	Stream<DynamicTest> everyXmiFileSurvivesARoundTrip() {
		List<String> paths = Collections.list(region().bundle().findEntries("data", "*.xmi", true)).stream()
				.map(URL::getPath).map(p -> p.startsWith("/") ? p.substring(1) : p).sorted().toList();
		assertEquals(expected().xmiFiles(), paths.size(), paths.toString());
		return paths.stream().map(path -> DynamicTest.dynamicTest(path, () -> roundTrip(path)));
	}

	private void roundTrip(String path) throws Exception {
		URL url = region().bundle().getEntry(path);
		EObject original = ModelResources.load(URI.createURI(url.toString()), EObject.class);
		Path copy = temp.resolve(Path.of(path).getFileName());

		ModelResources.save(original, URI.createFileURI(copy.toString()));
		ResourceSet fresh = ModelResources.createResourceSet();
		EObject reloaded = ModelResources.load(fresh, URI.createFileURI(copy.toString()), EObject.class);

		assertTrue(Files.size(copy) > 0);
		assertTrue(EcoreUtil.equals(original, reloaded), path);
	}

	private static String errors(Diagnostic diagnostic) {
		List<String> messages = new ArrayList<>();
		collect(diagnostic, messages);
		return messages.stream().collect(Collectors.joining("\n"));
	}

	private static void collect(Diagnostic diagnostic, List<String> messages) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR && diagnostic.getChildren().isEmpty()) {
			messages.add(diagnostic.getMessage());
		}
		diagnostic.getChildren().forEach(child -> collect(child, messages));
	}
}
