package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code problems} and {@code recommendations} end to end on the demo campaigns, loaded once into
 * an in-memory database. Figures are the Tver bundle's data/GOLDEN.md; the texts are the Tver
 * templates filled in.
 */
class AnalysisCommandsTest {

	private static final String TVER = "tver-2022-23";

	record Outcome(int code, String out, String err) {
		List<String[]> rows() {
			return out.lines().skip(1).map(line -> CsvLines.split(line)).toList();
		}
	}

	private static String db;

	@BeforeAll
	static void loadDemo() {
		db = "jdbc:derby:memory:analysis-" + UUID.randomUUID() + ";create=true";
		Outcome demo = run("demo");
		assertEquals(0, demo.code(), demo.err());
	}

	static Outcome run(String... args) {
		List<String> line = new ArrayList<>(List.of(args));
		line.add("--db");
		line.add(db);
		CommandRun.Outcome outcome = CommandRun.run(line);
		return new Outcome(outcome.code(), outcome.out(), outcome.err());
	}

	private static String[] find(List<String[]> rows, int column, String value, int column2, String value2) {
		return rows.stream().filter(r -> r[column].equals(value) && r[column2].equals(value2)).findFirst()
				.orElseThrow(() -> new AssertionError(value + " / " + value2 + " not found"));
	}

	@Test
	void problemsOfTverAreTheSeedsProblems() {
		Outcome problems = run("problems", "--campaign", TVER);

		assertEquals(0, problems.code(), problems.err());
		assertEquals("number;kind;indicator;level;unit_code;unit_name;description",
				problems.out().lines().findFirst().orElseThrow());
		List<String[]> rows = problems.rows();
		// seed 002: 0 % in Молоковский, both for grades 6–9 and 10–11
		String[] zero = find(rows, 2, "K1_1", 4, "TVR-MOL");
		assertTrue(rows.stream().anyMatch(r -> r[1].equals("zero_coverage") && r[2].equals("K1_1")
				&& r[4].equals("TVR-MOL")), "zero coverage K1_1 in Молоковский");
		assertEquals("municipality", zero[3]);
		// seed 000: 5 of 7 schools work by a programme, the plan is all of them
		String[] m3 = rows.stream().filter(r -> r[1].equals("below_target") && r[2].equals("M_3")
				&& r[4].equals("TVR-SON")).findFirst().orElseThrow();
		assertTrue(m3[6].contains("Сонковский муниципальный округ — 71,4 % (5 из 7) при плане 100,0 %"), m3[6]);
		// seed 002 p. 2.4 names ten municipalities below 100 % testing of grades 6 and 8
		Set<String> k21 = Set.of("TVR-KRH", "TVR-KUV", "TVR-SOL", "TVR-BEL", "TVR-KES", "TVR-OZR", "TVR-AND",
				"TVR-ZAP", "TVR-KIM", "TVR-FIR");
		for (String municipality : k21) {
			assertTrue(rows.stream().anyMatch(r -> r[1].equals("below_target") && r[2].equals("K2_1")
					&& r[4].equals(municipality)), municipality);
		}
		assertFalse(rows.stream().anyMatch(r -> r[1].equals("below_target") && r[2].equals("K2_1")
				&& r[4].equals("TVR-SON")), "Сонковский tested all of grades 6 and 8");
		// only schools take part: the one school that sent nothing is named, the kindergartens are not
		List<String[]> silent = rows.stream().filter(r -> r[1].equals("not_reported") && r[2].isEmpty()).toList();
		assertEquals(1, silent.size(), () -> silent.stream().map(r -> r[4]).toList().toString());
		assertEquals("TVR-KLN-06", silent.get(0)[4]);

		assertEquals(problems.out(), run("problems", "--campaign", TVER).out(), "a second analysis finds the same");
		Outcome municipal = run("problems", "--campaign", TVER, "--level", "municipality");
		assertTrue(municipal.rows().stream().allMatch(r -> r[3].equals("municipality")));
	}

	@Test
	void recommendationsAreAddressedAsTheSeedsAddressThem() {
		Outcome recommendations = run("recommendations", "--campaign", TVER);

		assertEquals(0, recommendations.code(), recommendations.err());
		List<String[]> rows = recommendations.rows();
		// the K1_1 template, named municipality: Молоковский, 0 %
		String[] mol = rows.stream().filter(r -> r[1].equals("named_municipality") && r[9].equals("K1_1")
				&& r[3].contains("Молоковский")).findFirst().orElseThrow();
		assertTrue(mol[3].contains("охват обучающихся 6–9 классов составил 0,0 %."), mol[3]);
		assertEquals("в течение учебного года, следующего за мониторингом", mol[5]);
		assertEquals("2024-08-31", mol[4]);
		assertEquals("draft", mol[7]);
		// K2_1 below 100 %: to the ten municipalities, by 01.05 of the monitoring year
		long k21 = rows.stream().filter(r -> r[1].equals("named_municipality") && r[9].equals("K2_1")).count();
		assertEquals(10, k21);
		assertTrue(rows.stream().filter(r -> r[9].equals("K2_1") && r[1].equals("named_municipality"))
				.allMatch(r -> r[4].equals("2023-05-01")));
		// the school that sent nothing: its municipality's department is asked to get the data
		assertTrue(rows.stream().anyMatch(r -> r[1].equals("municipal_departments") && r[3].contains("Калинин")
				&& r[3].contains("обеспечить представление")), "the department of TVR-KLN-06");
		// every recommendation answers a problem
		assertTrue(rows.stream().allMatch(r -> !r[10].isEmpty()));
	}

	@Test
	void anEditedRecommendationSurvivesANewAnalysisAndItsHistoryIsKept() {
		List<String[]> before = run("recommendations", "--campaign", TVER).rows();
		String[] first = before.get(0);

		Outcome edit = run("recommendations", "--campaign", TVER, "--number", "1", "--status", "принята",
				"--action", "Провести совещание с руководителями ОО", "--deadline", "15.05.2023", "--user", "ivanova");

		assertEquals(0, edit.code(), edit.err());
		assertEquals(3, edit.rows().size(), edit.out());
		List<String[]> after = run("recommendations", "--campaign", TVER).rows(); // analyses again
		assertEquals(before.size(), after.size());
		String[] edited = find(after, 2, first[2], 3, "Провести совещание с руководителями ОО");
		assertEquals("adopted", edited[7]);
		assertEquals("2023-05-15", edited[4]);
		Outcome history = run("recommendations", "--campaign", TVER, "--history");
		assertTrue(history.rows().stream().anyMatch(r -> r[3].equals("status") && r[4].equals("DRAFT")
				&& r[5].equals("ADOPTED") && r[6].equals("ivanova")), history.out());
	}

	@Test
	void theFollowUpComparesThePreviousCampaignsTargetsWithNow() {
		Outcome followUp = run("recommendations", "--campaign", TVER, "--follow-up");

		assertEquals(0, followUp.code(), followUp.err());
		List<String[]> rows = followUp.rows();
		assertFalse(rows.isEmpty(), "tver-2021-22 had recommendations");
		Set<String> effects = Set.of("improved", "unchanged", "worsened", "no_data");
		assertTrue(rows.stream().allMatch(r -> effects.contains(r[9])));
		// the figures are those of the results: before = previous, now = value, for the same unit
		List<String[]> results = run("results", "--campaign", TVER).rows();
		String[] row = rows.stream().filter(r -> !r[6].isEmpty() && !r[7].isEmpty()).findFirst().orElseThrow();
		String[] result = find(results, 0, row[2], 2, row[3]);
		assertEquals(result[6], row[7], "now");
		assertEquals(result[9], row[6], "before");
		double change = Double.parseDouble(row[7]) - Double.parseDouble(row[6]);
		assertEquals(change > 0 ? "improved" : change < 0 ? "worsened" : "unchanged", row[9]);
	}

	@Test
	void aBadEditIsAUsageErrorAndChangesNothing() {
		Outcome noEdit = run("recommendations", "--campaign", TVER, "--number", "2");
		assertEquals(CommandLineApplication.EXIT_USAGE, noEdit.code());
		assertTrue(noEdit.err().contains("--status"), noEdit.err());
		Outcome badStatus = run("recommendations", "--campaign", TVER, "--number", "2", "--status", "готово");
		assertEquals(CommandLineApplication.EXIT_USAGE, badStatus.code());
		assertEquals(1, badStatus.err().lines().count(), badStatus.err());
		Outcome unknown = run("recommendations", "--campaign", TVER, "--number", "9999", "--status", "done");
		assertEquals(DatabaseCommand.EXIT_ERROR, unknown.code());
		assertTrue(unknown.err().contains("9999"), unknown.err());
	}
}
