package org.profmonitor.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.reports.CampaignResults;
import org.profmonitor.reports.ReportData;
import org.profmonitor.reports.ReportDesigns;
import org.profmonitor.reports.ReportEngineService;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.reports.SpravkaData;

/** A region bundle's own report design through the extension point, and the rows it reads. */
class ReportDesignsTest {

    private static final String CHELYABINSK = "org.profmonitor.region.chelyabinsk.set2022";

    @TempDir
    static Path workspace;

    @BeforeAll
    static void noWorkspaceCopies() {
        IndicatorSetRegistry.getDefault().setWorkspaceFolder(workspace);
    }

    @Test
    void chelyabinskContributesItsSpravkaAndSharesTheOtherDesigns() {
        URL spravka = ReportDesigns.design(ReportKind.SPRAVKA, CHELYABINSK);
        assertEquals(Platform.getBundle("org.profmonitor.region.chelyabinsk").getEntry("reports/spravka.rptdesign"),
                spravka);
        URL shared = FrameworkUtil.getBundle(ReportEngineService.class).getEntry(ReportEngineService.SPRAVKA);
        assertEquals(shared, ReportDesigns.design(ReportKind.SPRAVKA, "org.profmonitor.region.tver.set2022"));
        assertEquals(shared, ReportDesigns.design(ReportKind.SPRAVKA, null));
        assertEquals(FrameworkUtil.getBundle(ReportEngineService.class).getEntry(ReportEngineService.CARD),
                ReportDesigns.design(ReportKind.CARD, CHELYABINSK));
    }

    @Test
    void theLevelRowsSayWhetherThePlanIsReachedAsSeed003Does() throws Exception {
        IndicatorSetContribution chelyabinsk = IndicatorSetRegistry.getDefault().find(CHELYABINSK).orElseThrow();
        ReportData data = SpravkaData.build(CampaignResults.forDemoCampaign(chelyabinsk, "chelyabinsk-2022-23"));
        List<Map<String, Object>> rows = data.rows(SpravkaData.LEVELS).stream()
                .filter(row -> ((String) row.get("municipality")).startsWith("Нязепетровский")).toList();
        Map<Object, Object> nyazepetrovsk = rows.stream()
                .collect(Collectors.toMap(row -> row.get("code"), row -> row.get("verdict")));
        // seed 003: 40 % not reached, 80 % reached, 70 % not reached, 80 % reached
        assertEquals(List.of("плановые значения не достигнуты", "плановые значения достигнуты",
                "плановые значения не достигнуты", "плановые значения достигнуты"),
                List.of(nyazepetrovsk.get("C1_DO"), nyazepetrovsk.get("C1_NOO"), nyazepetrovsk.get("C1_OOO"),
                        nyazepetrovsk.get("C1_SOO")));
        String preschool = ((String) rows.stream().filter(row -> "C1_DO".equals(row.get("code"))).findFirst()
                .orElseThrow().get("text")).replace('\u00a0', ' ');
        assertTrue(preschool.startsWith("– доля обучающихся дошкольных образовательных организаций"), preschool);
        assertTrue(preschool.endsWith("составляет 40,0 % (плановые значения не достигнуты);"), preschool);
        assertEquals("дошкольное образование", rows.get(0).get("level"));
    }
}
