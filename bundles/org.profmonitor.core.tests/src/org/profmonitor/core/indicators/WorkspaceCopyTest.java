package org.profmonitor.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.profmonitor.core.indicators.TestBundles.directory;
import static org.profmonitor.core.indicators.TestBundles.files;
import static org.profmonitor.core.indicators.TestBundles.indicatorSet;
import static org.profmonitor.core.indicators.TestBundles.pluginXml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.profmonitor.model.IndicatorSet;
import org.profmonitor.model.resource.ModelResources;

/** A power user's copy of a set in the workspace: precedence over the shipped set, and fallback. */
class WorkspaceCopyTest {

    private static final String BUNDLE = "org.profmonitor.test.workspace";
    private static final String ID = "test.workspace.set";

    private static TestBundles bundles;
    private static Bundle bundle;

    @TempDir
    Path workspace;

    private IndicatorSetRegistry registry;

    @BeforeAll
    static void installBundle() throws Exception {
        bundles = new TestBundles();
        bundle = bundles.install(BUNDLE, files(
                "plugin.xml", pluginXml(ID, "data/indicators.xmi", "data/directory.xmi"),
                "data/indicators.xmi", indicatorSet(TestBundles.SET_ID, "share(ADMITTED, GRADS)"),
                "data/directory.xmi", directory()));
    }

    @AfterAll
    static void uninstallBundle() throws Exception {
        bundles.close();
    }

    @BeforeEach
    void registry() {
        registry = new IndicatorSetRegistry();
        registry.setWorkspaceFolder(workspace.resolve("indicator-sets"));
    }

    @Test
    void copyIsWrittenNamedAfterTheSetIdAndTakesPrecedence() throws IOException {
        assertEquals(Origin.SHIPPED, registry.find(ID).orElseThrow().origin());

        Path file = registry.copyToWorkspace(ID);

        assertEquals(workspace.resolve("indicator-sets").resolve(ID + ".xmi"), file);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(TestBundles.SET_TITLE), "UTF-8, readable Cyrillic");
        IndicatorSetContribution contribution = registry.find(ID).orElseThrow();
        assertEquals(Origin.WORKSPACE, contribution.origin());
        assertEquals(URI.createFileURI(file.toAbsolutePath().toString()), contribution.source());
    }

    @Test
    void changedCopySurvivesAReloadAndTheBundleFileStaysAsShipped() throws IOException {
        Path file = registry.copyToWorkspace(ID);
        edit(file, set -> set.setTitle("Набор, изменённый методистом"));

        registry.reload();

        assertEquals("Набор, изменённый методистом", registry.find(ID).orElseThrow().indicatorSet().getTitle());
        try (InputStream shipped = bundle.getEntry("data/indicators.xmi").openStream()) {
            String text = new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains(TestBundles.SET_TITLE) && !text.contains("методистом"), text);
        }
    }

    @Test
    void unreadableCopyIsReportedAndTheShippedSetUsed() throws IOException {
        Path file = registry.copyToWorkspace(ID);
        Files.writeString(file, "<pm:IndicatorSet broken", StandardCharsets.UTF_8);

        registry.reload();

        assertFallback(file.toString());
    }

    @Test
    void copyWithAFormulaThatDoesNotTypeCheckIsReportedAndTheShippedSetUsed() throws IOException {
        Path file = registry.copyToWorkspace(ID);
        edit(file, set -> set.getCriteria().get(0).getIndicators().get(0).setFormula("share(ADMITTED, PLAN)"));

        registry.reload();

        assertFallback("share(ADMITTED, PLAN)");
    }

    @Test
    void copyOfAnotherSetIsReportedAndTheShippedSetUsed() throws IOException {
        Path file = registry.copyToWorkspace(ID);
        edit(file, set -> set.setId("another-set"));

        registry.reload();

        assertFallback("another-set");
    }

    @Test
    void copyingAnUnknownSetFails() {
        assertThrows(NoSuchElementException.class, () -> registry.copyToWorkspace("no.such.set"));
    }

    @Test
    void workspaceFolderFollowsTheDataRootProperty() {
        String old = System.getProperty(IndicatorSetRegistry.DATA_PROPERTY);
        try {
            System.setProperty(IndicatorSetRegistry.DATA_PROPERTY, workspace.toString());
            assertEquals(workspace.resolve("indicator-sets"), IndicatorSetRegistry.defaultWorkspaceFolder());
            System.clearProperty(IndicatorSetRegistry.DATA_PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".profmonitor", "indicator-sets"),
                    IndicatorSetRegistry.defaultWorkspaceFolder());
        } finally {
            if (old != null) {
                System.setProperty(IndicatorSetRegistry.DATA_PROPERTY, old);
            }
        }
    }

    @Test
    void editedSetSavedAsTheCopyTakesPrecedenceAndDeletingItRestoresTheShippedSet() throws IOException {
        IndicatorSet edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(registry.find(ID).orElseThrow().indicatorSet());
        edited.setTitle("Изменён в редакторе");

        assertEquals(java.util.List.of(), registry.checkWorkspaceCopy(ID, edited));
        Path file = registry.saveWorkspaceCopy(ID, edited);

        assertEquals(registry.workspaceCopy(ID), file);
        assertEquals(Origin.WORKSPACE, registry.find(ID).orElseThrow().origin());
        assertEquals("Изменён в редакторе", registry.find(ID).orElseThrow().indicatorSet().getTitle());
        assertTrue(registry.deleteWorkspaceCopy(ID));
        assertEquals(Origin.SHIPPED, registry.find(ID).orElseThrow().origin());
        assertTrue(!registry.deleteWorkspaceCopy(ID), "nothing left to delete");
    }

    @Test
    void editedSetWithAFormulaErrorIsRefusedAndNothingIsWritten() {
        IndicatorSet edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(registry.find(ID).orElseThrow().indicatorSet());
        edited.getCriteria().get(0).getIndicators().get(0).setFormula("share(ADMITTED, PLAN)");

        java.util.List<String> problems = registry.checkWorkspaceCopy(ID, edited);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("PLAN"), problems.get(0));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> registry.saveWorkspaceCopy(ID, edited));
        assertTrue(refused.getMessage().contains("PLAN"), refused.getMessage());
        assertTrue(!Files.exists(registry.workspaceCopy(ID)), "no copy written");
        assertEquals(Origin.SHIPPED, registry.find(ID).orElseThrow().origin());
    }

    @Test
    void editedSetWithAnotherIdIsRefused() {
        IndicatorSet edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(registry.find(ID).orElseThrow().indicatorSet());
        edited.setId("another-set");

        assertTrue(registry.checkWorkspaceCopy(ID, edited).get(0).contains("another-set"));
        assertThrows(IllegalArgumentException.class, () -> registry.saveWorkspaceCopy(ID, edited));
    }

    private void assertFallback(String reason) {
        IndicatorSetContribution contribution = registry.find(ID).orElseThrow();
        assertEquals(Origin.SHIPPED, contribution.origin());
        assertEquals(TestBundles.SET_TITLE, contribution.indicatorSet().getTitle());
        ContributionProblem problem = registry.problems().stream().filter(p -> BUNDLE.equals(p.bundleName()))
                .findFirst().orElseThrow(() -> new AssertionError("not reported: " + registry.problems()));
        assertEquals(IStatus.WARNING, problem.status().getSeverity());
        assertTrue(problem.message().contains(BUNDLE) && problem.message().contains(reason), problem.message());
    }

    private static void edit(Path file, java.util.function.Consumer<IndicatorSet> change) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        IndicatorSet set = ModelResources.load(uri, IndicatorSet.class);
        change.accept(set);
        ModelResources.save(set, uri);
    }
}
