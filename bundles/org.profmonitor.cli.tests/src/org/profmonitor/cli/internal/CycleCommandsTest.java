package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.core.indicators.DemoCampaign;
import org.profmonitor.core.indicators.IndicatorSetContribution;
import org.profmonitor.core.indicators.IndicatorSetRegistry;
import org.profmonitor.cycle.DemoLoader;
import org.profmonitor.store.AuditEntry;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoredValue;

/**
 * The database commands end to end, on an in-memory Derby database loaded with the demo campaigns.
 * The figures are the seeds' (data/GOLDEN.md of the Tver bundle).
 */
class CycleCommandsTest {

	private static final String CAMPAIGN = "tver-2022-23";

	@TempDir
	Path temp;

	private String db;

	@BeforeEach
	void loadDemo() {
		db = "jdbc:derby:memory:cli-" + UUID.randomUUID() + ";create=true";
		CommandRun.Outcome demo = run("demo");
		assertEquals(0, demo.code(), demo.err());
	}

	private CommandRun.Outcome run(String... args) {
		return CommandRun.run(db, args);
	}

	private List<StoredValue> values() throws Exception {
		try (Store store = Store.open(db)) {
			return store.values().values(CAMPAIGN);
		}
	}

	private List<AuditEntry> audit() throws Exception {
		try (Store store = Store.open(db)) {
			return store.values().audit(CAMPAIGN);
		}
	}

	@Test
	void demoLoadsEveryValueOfTheCsvAndASecondRunChangesNothing() throws Exception {
		List<StoredValue> before = values();
		List<AuditEntry> auditBefore = audit();
		// 4397 lines: the header and 4396 figures
		assertEquals(4396, before.size());
		assertEquals(before.size(), auditBefore.size(), "one audit row per new value");
		assertTrue(before.stream().allMatch(value -> DemoLoader.USER.equals(value.changedBy())));
		assertEquals("values-2022-23.csv", auditBefore.get(0).source());

		CommandRun.Outcome second = run("demo");
		assertEquals(0, second.code(), second.err());
		try (Store store = Store.open(db)) {
			DemoLoader.Result third = new DemoLoader(store, IndicatorSetRegistry.getDefault()).load();
			assertEquals(0, third.values().changed());
			assertEquals(0, third.campaignsCreated());
			assertTrue(third.values().unchanged() > before.size());
		}
		assertEquals(before, values());
		assertEquals(auditBefore, audit());
	}

	@Test
	void campaignsListsEveryDemoCampaign() {
		CommandRun.Outcome campaigns = run("campaigns");

		assertEquals(0, campaigns.code(), campaigns.err());
		int expected = 0;
		for (IndicatorSetContribution contribution : IndicatorSetRegistry.getDefault().contributions()) {
			for (DemoCampaign demo : contribution.demoCampaigns()) {
				assertTrue(campaigns.out().lines().anyMatch(line -> line.startsWith(demo.id() + " ")),
						demo.id() + " in\n" + campaigns.out());
				expected++;
			}
		}
		assertTrue(expected >= 3, "three regions with demo campaigns");
		assertEquals(expected + 1, campaigns.out().lines().count(), "a header and one line per campaign");
		assertTrue(campaigns.out().contains("2022/23"), campaigns.out());
	}

	@Test
	void resultsOfSonkovskyMunicipalityAreTheSeedFigures() {
		CommandRun.Outcome results = run("results", "--campaign", CAMPAIGN, "--level", "municipality", "--format", "csv");

		assertEquals(0, results.code(), results.err());
		List<String> lines = results.out().lines().toList();
		assertEquals("indicator;level;unit_code;unit_name;numerator;denominator;value;target;reached;previous;change;"
				+ "rank;zone;disaggregation",
				lines.get(0));
		String[] m3 = row(lines, "M_3", "TVR-SON");
		assertEquals("municipality", m3[1]);
		assertEquals("Сонковский муниципальный округ", m3[3]);
		assertEquals("5", m3[4]);
		assertEquals("7", m3[5]);
		assertTrue(m3[6].startsWith("71.428"), m3[6]);
		assertEquals("false", m3[8], "plan 100 not reached");
		String[] k34 = row(lines, "K3_4", "TVR-SON");
		assertEquals("14", k34[4]);
		assertEquals("22", k34[5]);
		assertTrue(k34[6].startsWith("63.63"), k34[6]);
		// «not below 2021/22»: the previous campaign comes from the database too
		String[] k11 = row(lines, "K1_1", "TVR-MOL");
		assertEquals("0", k11[4]);
		assertEquals("150", k11[5]);
		assertEquals("false", k11[8]);
		assertFalse(k11[9].isEmpty(), "previous value");
		assertTrue(lines.stream().skip(1).allMatch(line -> line.split(";", -1)[1].equals("municipality")));
	}

	@Test
	void resultsAsJsonHaveTheSameKeys() {
		CommandRun.Outcome results = run("results", "--campaign", CAMPAIGN, "--level", "region", "--format", "json");

		assertEquals(0, results.code(), results.err());
		String json = results.out().strip();
		assertTrue(json.startsWith("[") && json.endsWith("]"), json);
		assertTrue(json.contains("{\"indicator\": \"K1_3\", \"level\": \"region\", \"unit_code\": \"TVR\""), json);
		assertTrue(json.contains("\"numerator\": 9892, \"denominator\": 18370"), json);
	}

	private static String[] row(List<String> lines, String indicator, String unit) {
		return lines.stream().map(line -> line.split(";", -1))
				.filter(fields -> fields[0].equals(indicator) && fields[2].equals(unit)).findFirst()
				.orElseThrow(() -> new AssertionError(indicator + " " + unit + " not in output"));
	}

	@Test
	void aBadFileIsRefusedWithEveryProblemAndNothingWritten() throws Exception {
		Path bad = temp.resolve("bad.csv");
		Files.writeString(bad, "organisation;element;value\n" //
				+ "TVR-NOPE-99;STUD_1_11;10\n" // unknown organisation
				+ "TVR-SON-01;STUD_1_11;10\n" //
				+ "TVR-SON-01;STUD_1_4;95\n", // part above its whole
				StandardCharsets.UTF_8);
		List<StoredValue> before = values();
		List<AuditEntry> auditBefore = audit();

		CommandRun.Outcome refused = run("import", "--campaign", CAMPAIGN, bad.toString());

		assertNotEquals(0, refused.code());
		List<String> problems = refused.err().lines().filter(line -> line.contains("bad.csv")).toList();
		assertTrue(problems.size() >= 2, refused.err());
		assertTrue(problems.stream().anyMatch(line -> line.contains("TVR-NOPE-99")), refused.err());
		assertTrue(problems.stream().anyMatch(line -> line.contains("STUD_1_4") || line.contains("STUD_1_11")),
				refused.err());
		assertEquals(before, values());
		assertEquals(auditBefore, audit());

		CommandRun.Outcome dryRun = run("import", "--campaign", CAMPAIGN, "--dry-run", bad.toString());
		assertNotEquals(0, dryRun.code());
		assertEquals(auditBefore, audit());
	}

	@Test
	void aCorrectedValueIsWrittenAndAudited() throws Exception {
		Path correction = temp.resolve("correction.csv");
		Files.writeString(correction, "organisation;element;value\nTVR-SON-01;PRK;75\nTVR-SON-01;TEST_6;26\n",
				StandardCharsets.UTF_8);
		List<AuditEntry> auditBefore = audit();

		CommandRun.Outcome dryRun = run("import", "--campaign", CAMPAIGN, "--dry-run", correction.toString());
		assertEquals(0, dryRun.code(), dryRun.err());
		assertEquals(auditBefore, audit(), "a dry run writes nothing");
		assertTrue(dryRun.out().contains("0, 1, 1") || dryRun.out().matches("(?s).*\\b0\\b.*\\b1\\b.*\\b1\\b.*"),
				dryRun.out());

		CommandRun.Outcome imported = run("import", "--campaign", CAMPAIGN, correction.toString());

		assertEquals(0, imported.code(), imported.err());
		List<AuditEntry> auditAfter = audit();
		assertEquals(auditBefore.size() + 1, auditAfter.size(), "one real change, one audit row");
		AuditEntry entry = auditAfter.get(auditAfter.size() - 1);
		assertEquals("TVR-SON-01", entry.organisationCode());
		assertEquals("PRK", entry.elementCode());
		assertEquals(74.0, entry.oldValue());
		assertEquals(75.0, entry.newValue());
		assertEquals("correction.csv", entry.source());
		assertEquals(75.0, values().stream().filter(v -> v.organisationCode().equals("TVR-SON-01")
				&& v.elementCode().equals("PRK")).findFirst().orElseThrow().value());
	}

	@Test
	void templateWritesOneWorkbookPerOrganisation() throws Exception {
		Path out = temp.resolve("templates");

		CommandRun.Outcome template = run("template", "--campaign", CAMPAIGN, "--out", out.toString());

		assertEquals(0, template.code(), template.err());
		int organisations = IndicatorSetRegistry.getDefault().contributions().stream()
				.filter(c -> c.demoCampaign(CAMPAIGN).isPresent()).findFirst().orElseThrow().directory()
				.getMunicipalities().stream().mapToInt(m -> m.getOrganisations().size()).sum();
		try (var files = Files.list(out)) {
			List<Path> written = files.toList();
			assertEquals(organisations, written.size());
			assertTrue(written.contains(out.resolve("TVR-SON-01.xlsx")), written.toString());
			assertTrue(Files.size(out.resolve("TVR-SON-01.xlsx")) > 1000);
		}
	}

	@Test
	void anUnknownCampaignIsOneLineAndAFailure() {
		CommandRun.Outcome results = run("results", "--campaign", "nope-2030");

		assertEquals(DatabaseCommand.EXIT_ERROR, results.code());
		assertEquals(1, results.err().lines().count(), results.err());
		assertTrue(results.err().contains("nope-2030"), results.err());
		assertEquals("", results.out());
	}

	@Test
	void everyCommandHasHelpAndTheUsageNamesThem() {
		for (String command : List.of("regions", "campaigns", "demo", "template", "import", "results", "problems",
				"recommendations", "report")) {
			CommandRun.Outcome help = run(command, "--help");
			assertEquals(0, help.code(), command);
			assertTrue(help.out().contains("profmonitor " + command), help.out());
			assertTrue(run("--help").out().contains("  " + command), command);
		}
	}

	@Test
	void aMissingOptionIsAUsageError() {
		CommandRun.Outcome template = run("template", "--campaign", CAMPAIGN);

		assertEquals(CommandLineApplication.EXIT_USAGE, template.code());
		assertTrue(template.err().contains("--out"), template.err());
		assertEquals(1, template.err().lines().count());
	}
}
