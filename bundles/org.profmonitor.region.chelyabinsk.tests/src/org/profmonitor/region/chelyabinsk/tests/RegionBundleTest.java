package org.profmonitor.region.chelyabinsk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.Origin;
import org.profmonitor.model.LegalAct;
import org.profmonitor.model.resource.ModelResources;
import org.profmonitor.model.validation.ModelValidation;

/** The region bundle's files: they load through the registry, survive a round trip and validate. */
class RegionBundleTest {

    @TempDir
    Path temp;

    @Test
    void contributionLoadsWithoutProblems() {
        IndicatorSetContribution contribution = RegionData.contribution();

        assertEquals(RegionData.BUNDLE, contribution.bundleName());
        assertEquals(Origin.SHIPPED, contribution.origin());
        assertEquals("Челябинская область", contribution.regionName());
        assertEquals(List.of("chelyabinsk-2022-23"),
                contribution.demoCampaigns().stream().map(DemoCampaign::id).toList());
        assertEquals(List.of(), RegionData.REGISTRY.problems().stream()
                .filter(problem -> RegionData.BUNDLE.equals(problem.bundleName())).toList());
    }

    @Test
    void setNamesItsSourceDocument() {
        LegalAct regulation = RegionData.contribution().indicatorSet().getRegulation();

        assertNotNull(regulation);
        assertEquals("Министерство образования и науки Челябинской области", regulation.getIssuer());
        assertEquals("01/3089", regulation.getNumber());
        assertEquals(LocalDate.of(2022, 12, 30), regulation.getDate());
        assertFalse(regulation.getTitle() == null || regulation.getTitle().isBlank());
    }

    @Test
    void setDirectoryAndCampaignsValidateWithoutErrors() {
        IndicatorSetContribution contribution = RegionData.contribution();
        List<EObject> roots = new ArrayList<>(List.of(contribution.indicatorSet(), contribution.directory()));
        contribution.demoCampaigns().forEach(demo -> roots.add(demo.campaign()));

        for (EObject root : roots) {
            Diagnostic diagnostic = ModelValidation.validate(root);
            assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> errors(diagnostic));
        }
    }

    @ParameterizedTest
    @MethodSource("xmiFiles")
    void xmiFileSurvivesARoundTrip(String path) throws IOException {
        URL url = bundle().getEntry(path);
        EObject original = ModelResources.load(URI.createURI(url.toString()), EObject.class);
        Path copy = temp.resolve(Path.of(path).getFileName());

        ModelResources.save(original, URI.createFileURI(copy.toString()));
        ResourceSet fresh = ModelResources.createResourceSet();
        EObject reloaded = ModelResources.load(fresh, URI.createFileURI(copy.toString()), EObject.class);

        assertTrue(Files.size(copy) > 0);
        assertTrue(EcoreUtil.equals(original, reloaded), path);
    }

    static List<String> xmiFiles() {
        List<String> paths = Collections.list(bundle().findEntries("data", "*.xmi", true)).stream()
                .map(URL::getPath).map(p -> p.startsWith("/") ? p.substring(1) : p).sorted().toList();
        assertEquals(3, paths.size(), paths.toString());
        return paths;
    }

    private static Bundle bundle() {
        return Platform.getBundle(RegionData.BUNDLE);
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
