package org.profmonitor.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.profmonitor.core.indicators.TestBundles.campaign;
import static org.profmonitor.core.indicators.TestBundles.directory;
import static org.profmonitor.core.indicators.TestBundles.files;
import static org.profmonitor.core.indicators.TestBundles.indicatorSet;
import static org.profmonitor.core.indicators.TestBundles.pluginXml;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry over real contributions: a good bundle and three broken ones (a missing file, a
 * formula that does not type-check, a file that is not XMI) installed into the running framework.
 */
class IndicatorSetRegistryTest {

    static final String GOOD = "org.profmonitor.test.good";
    static final String MISSING = "org.profmonitor.test.missingfile";
    static final String BAD_FORMULA = "org.profmonitor.test.badformula";
    static final String NOT_XMI = "org.profmonitor.test.notxmi";

    private static TestBundles bundles;

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);
    private IndicatorSetRegistry registry;

    @TempDir
    Path workspace;

    @BeforeAll
    static void installBundles() throws Exception {
        bundles = new TestBundles();
        bundles.install(GOOD, files(
                "plugin.xml", pluginXml("test.good.set", "data/indicators.xmi", "data/directory.xmi",
                        new String[] { "test-2022-23", "data/demo/campaign-2022-23.xmi", "data/demo/values-2022-23.csv" },
                        new String[] { "test-2021-22", "data/demo/campaign-2021-22.xmi", "data/demo/values-2021-22.csv" }),
                "data/indicators.xmi", indicatorSet(TestBundles.SET_ID, "share(ADMITTED, GRADS)"),
                "data/directory.xmi", directory(),
                "data/demo/campaign-2022-23.xmi", campaign("test-2022-23", "2022/23", TestBundles.SET_ID),
                "data/demo/values-2022-23.csv", "organisation;element;value\nTST-A-01;GRADS;10\nTST-A-01;ADMITTED;4\n",
                "data/demo/campaign-2021-22.xmi", campaign("test-2021-22", "2021/22", TestBundles.SET_ID),
                "data/demo/values-2021-22.csv", "organisation;element;value\nTST-A-01;GRADS;10\nTST-A-01;ADMITTED;2\n"));
        bundles.install(MISSING, files(
                "plugin.xml", pluginXml("test.missing.set", "data/no-such-file.xmi", "data/directory.xmi"),
                "data/directory.xmi", directory()));
        bundles.install(BAD_FORMULA, files(
                "plugin.xml", pluginXml("test.badformula.set", "data/indicators.xmi", "data/directory.xmi"),
                "data/indicators.xmi", indicatorSet("test-bad", "share(ADMITTED, NO_SUCH_ELEMENT)"),
                "data/directory.xmi", directory()));
        bundles.install(NOT_XMI, files(
                "plugin.xml", pluginXml("test.notxmi.set", "data/indicators.xmi", "data/directory.xmi"),
                "data/indicators.xmi", "organisation;element;value\n",
                "data/directory.xmi", directory()));
    }

    @AfterAll
    static void uninstallBundles() throws Exception {
        bundles.close();
    }

    @BeforeEach
    void listen() {
        Platform.addLogListener(listener);
        registry = new IndicatorSetRegistry();
        registry.setWorkspaceFolder(workspace);
        registry.reload();
    }

    @AfterEach
    void stopListening() {
        Platform.removeLogListener(listener);
    }

    @Test
    void goodContributionIsLoadedWithItsBundleDirectoryAndDemoCampaigns() {
        IndicatorSetContribution good = registry.find("test.good.set").orElseThrow();

        assertEquals(GOOD, good.bundleName());
        assertEquals("1.0.0", good.bundleVersion());
        assertEquals(Origin.SHIPPED, good.origin());
        assertEquals(TestBundles.SET_ID, good.indicatorSet().getId());
        assertEquals("17/ПК", good.indicatorSet().getRegulation().getNumber());
        assertEquals("Тестовая область", good.regionName());
        assertEquals(2, good.directory().getMunicipalities().get(0).getOrganisations().size());
        assertEquals(List.of("test-2022-23", "test-2021-22"), good.demoCampaigns().stream().map(DemoCampaign::id).toList());
        DemoCampaign current = good.demoCampaign("test-2022-23").orElseThrow();
        assertEquals("test-2021-22", good.previousOf(current).orElseThrow().id(),
                "the campaign file names no previous campaign: the academic year before is found");
        assertTrue(good.previousOf(good.demoCampaign("test-2021-22").orElseThrow()).isEmpty());
    }

    @Test
    void brokenContributionsAreLeftOutAndLoggedWithTheirBundleName() {
        assertEquals(List.of("test.good.set"), registry.contributions().stream().map(IndicatorSetContribution::id)
                .filter(id -> id.startsWith("test.")).toList());

        assertReported(MISSING, "test.missing.set", "data/no-such-file.xmi");
        assertReported(BAD_FORMULA, "test.badformula.set", "NO_SUCH_ELEMENT");
        assertReported(NOT_XMI, "test.notxmi.set", "data/indicators.xmi");
        assertFalse(registry.problems().stream().anyMatch(problem -> GOOD.equals(problem.bundleName())),
                registry.problems().toString());
    }

    @Test
    void uninstalledBundleLeavesTheRegistryOnReload() throws Exception {
        try (TestBundles extra = new TestBundles()) {
            extra.install("org.profmonitor.test.extra", files(
                    "plugin.xml", pluginXml("test.extra.set", "data/indicators.xmi", "data/directory.xmi"),
                    "data/indicators.xmi", indicatorSet("test-extra", "orgshare(PLAN = 1)"),
                    "data/directory.xmi", directory()));
            registry.reload();
            assertTrue(registry.find("test.extra.set").isPresent());
        }
        registry.reload();

        assertTrue(registry.find("test.extra.set").isEmpty());
        assertTrue(registry.find("test.good.set").isPresent());
    }

    private void assertReported(String bundleName, String contributionId, String reason) {
        ContributionProblem problem = registry.problems().stream()
                .filter(p -> bundleName.equals(p.bundleName())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem of " + bundleName + ": " + registry.problems()));
        assertEquals(contributionId, problem.contributionId());
        assertEquals(IStatus.ERROR, problem.status().getSeverity());
        assertTrue(problem.message().contains(bundleName), problem.message());
        assertTrue(problem.message().contains(reason), problem.message());
        assertTrue(registry.find(contributionId).isEmpty());
        IStatus log = logged.stream().filter(status -> status.getMessage().contains(bundleName)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the log: " + bundleName + ": " + logged));
        assertEquals(IStatus.ERROR, log.getSeverity());
        assertEquals(bundleName, log.getPlugin());
        assertTrue(log.getMessage().contains(reason), log.getMessage());
    }
}
