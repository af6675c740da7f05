package org.profmonitor.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.CampaignCompleteness.MunicipalityCompleteness;
import org.profmonitor.exchange.FilePreview;
import org.profmonitor.exchange.ImportBatch;
import org.profmonitor.model.Organisation;
import org.profmonitor.store.Store;
import org.profmonitor.store.ValueChange;

/**
 * Completeness of Tver's 2022/23 demo campaign, whose values file has nothing for five
 * organisations of Сонковский район (its kindergartens and one more) and one of Калининский, and
 * the CSV export, which imports back into the same values.
 */
class CampaignCompletenessTest {

	private static final String TVER = "tver-2022-23";

	private static Store store;
	private static CampaignContext campaign;

	@BeforeAll
	static void loadDemo() throws Exception {
		store = Store.open("jdbc:derby:memory:completeness-" + UUID.randomUUID() + ";create=true");
		new DemoLoader(store, IndicatorSetRegistry.getDefault()).load();
		campaign = CampaignContext.resolve(store, IndicatorSetRegistry.getDefault(), TVER);
	}

	@AfterAll
	static void close() {
		store.close();
	}

	private static MunicipalityCompleteness municipality(List<MunicipalityCompleteness> lines, String code) {
		return lines.stream().filter(line -> line.municipality().getCode().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void sonkovoHasSevenOfTwelveOrganisationsReported() throws Exception {
		List<MunicipalityCompleteness> lines = CampaignCompleteness.of(store, campaign);
		assertEquals(campaign.directory().getMunicipalities().size(), lines.size());
		MunicipalityCompleteness sonkovo = municipality(lines, "TVR-SON");
		assertEquals(12, sonkovo.total());
		assertEquals(7, sonkovo.reported());
		assertEquals(7.0 / 12, sonkovo.filledShare(), 1e-9);
		assertEquals(List.of("TVR-SON-08", "TVR-SON-09", "TVR-SON-10", "TVR-SON-11", "TVR-SON-12"),
				sonkovo.silent().stream().map(Organisation::getCode).toList());
		MunicipalityCompleteness kalinin = municipality(lines, "TVR-KLN");
		assertEquals(5, kalinin.reported());
		assertEquals(List.of("TVR-KLN-06"), kalinin.silent().stream().map(Organisation::getCode).toList());
		assertEquals(157, lines.stream().mapToInt(MunicipalityCompleteness::reported).sum());
		assertEquals(163, lines.stream().mapToInt(MunicipalityCompleteness::total).sum());
	}

	@Test
	void oneValueMakesAnOrganisationReportedAndFillsOneCell() throws Exception {
		Store own = Store.open("jdbc:derby:memory:completeness-own-" + UUID.randomUUID() + ";create=true");
		try {
			new DemoLoader(own, IndicatorSetRegistry.getDefault()).load();
			CampaignContext context = CampaignContext.resolve(own, IndicatorSetRegistry.getDefault(), TVER);
			own.values().applyValues(TVER, List.of(ValueChange.of("TVR-SON-08", "STUD_1_11", 40)), "test", "test");
			MunicipalityCompleteness sonkovo = municipality(CampaignCompleteness.of(own, context), "TVR-SON");
			assertEquals(8, sonkovo.reported());
			int elements = context.indicatorSet().getDataElements().size();
			assertEquals((7.0 * elements + 1) / (12 * elements), sonkovo.filledShare(), 1e-9);
		} finally {
			own.close();
		}
	}

	@Test
	void theExportedCsvImportsBackIntoTheSameValues(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("tver.csv");
		int written = ValueExport.writeCsv(store, TVER, file);
		assertEquals(store.values().values(TVER).size(), written);
		assertTrue(Files.readString(file).startsWith("\uFEFFорганизация;показатель;значение;разрез\r\n"));
		ValueImport valueImport = new ValueImport(store, campaign);
		ImportBatch batch = valueImport.read(List.of(file));
		assertEquals(List.of(), batch.problems());
		assertEquals(written, batch.values().size());
		assertEquals(written, valueImport.preview(batch).unchanged());
	}

	@Test
	void theXlsxTableHasTheValuesAsNumbers(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("tver.xlsx");
		int written = ValueExport.writeXlsx(store, TVER, file);
		assertEquals(store.values().values(TVER).size(), written);
		FilePreview preview = FilePreview.of(file, 2);
		assertEquals(TVER, preview.sheet());
		assertEquals(List.of("организация", "показатель", "значение", "разрез"), preview.rows().get(0));
		assertEquals(List.of("TVR-AND-01", "BVB_10_11", "33", ""), preview.rows().get(1), "by organisation and element code");
	}

	@Test
	void numbersAreWrittenWithADecimalComma() {
		assertEquals("710", ValueExport.number(710));
		assertEquals("0,5", ValueExport.number(0.5));
		assertEquals("-3", ValueExport.number(-3));
	}
}
