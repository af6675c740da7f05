package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.profmonitor.model.AddresseeKind;
import org.profmonitor.model.Analysis;
import org.profmonitor.model.Problem;
import org.profmonitor.model.ProblemKind;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Recommendation;
import org.profmonitor.model.UnitLevel;
import org.profmonitor.reports.ReportDesigns;
import org.profmonitor.reports.ReportKind;
import org.profmonitor.store.Store;

/**
 * {@code profmonitor report} end to end: the demo campaigns loaded into an in-memory database,
 * every report of every campaign in every format, read back; the seeds' figures computed from the
 * database; a stored analysis in the справка and the order.
 */
class ReportCommandTest {

	private static final Map<String, String> UNIT = Map.of("tver-2022-23", "TVR-SON", "tver-2021-22", "TVR-SON",
			"chelyabinsk-2022-23", "CHL-NZP", "penza-bessonovka-2020-21", "PNZ-BES");

	private static final Map<String, String> HEADING = Map.of("spravka", "Аналитическая справка", "card",
			"Карточка муниципального образования", "decision", "ПРИКАЗ");

	@TempDir
	static Path temp;

	private static String db;

	@BeforeAll
	static void loadDemo() {
		db = "jdbc:derby:memory:report-" + UUID.randomUUID() + ";create=true";
		CommandRun.Outcome demo = run("demo");
		assertEquals(0, demo.code(), demo.err());
	}

	private static CommandRun.Outcome run(String... args) {
		return CommandRun.run(db, args);
	}

	private static Path report(String campaign, String kind, String format, String... more) throws Exception {
		Path file = temp.resolve(kind + '-' + campaign + '-' + String.join("", more) + '.' + format);
		List<String> args = new ArrayList<>(List.of("report", "--campaign", campaign, "--kind", kind, "--format", format,
				"--out", file.toString()));
		if ("card".equals(kind)) {
			args.addAll(List.of("--unit", UNIT.get(campaign)));
		}
		args.addAll(List.of(more));
		CommandRun.Outcome outcome = run(args.toArray(String[]::new));
		assertEquals(0, outcome.code(), outcome.err());
		assertTrue(outcome.out().contains(file.toAbsolutePath().toString()), outcome.out());
		assertTrue(Files.size(file) > 1000, file + ": " + Files.size(file) + " bytes");
		return file;
	}

	static Stream<Arguments> reports() {
		List<Arguments> arguments = new ArrayList<>();
		for (String campaign : UNIT.keySet()) {
			for (String kind : HEADING.keySet()) {
				for (String format : List.of("pdf", "docx", "xlsx", "html")) {
					arguments.add(Arguments.of(campaign, kind, format));
				}
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{1} of {0} as {2}")
	@MethodSource("reports")
	void everyReportOfEveryCampaignInEveryFormat(String campaign, String kind, String format) throws Exception {
		Path file = report(campaign, kind, format);
		String heading = HEADING.get(kind);
		byte[] document = Files.readAllBytes(file);
		switch (format) {
			case "pdf" -> assertTrue(pdfText(document).contains(heading), file + " lacks " + heading);
			case "html" -> assertTrue(new String(document, StandardCharsets.UTF_8).contains(heading), file + " lacks " + heading);
			case "docx" -> assertTrue(docxText(document).contains(heading), file + " lacks " + heading);
			default -> assertTrue(xlsxCells(document).stream().anyMatch(c -> c instanceof String s && s.contains(heading)),
					file + " lacks " + heading);
		}
	}

	@Test
	void theSpravkaFromTheDatabaseHoldsTheSeedFigures() throws Exception {
		// lines wrap anywhere in a PDF: compare with the spaces folded
		String text = pdfText(Files.readAllBytes(report("tver-2022-23", "spravka", "pdf"))).replaceAll("\\s+", " ");
		// the campaign was never analysed: the report analyses it, so its problems and recommendations are there
		for (String figure : List.of("71,4 %", "14 из 22", "5 из 7", "Сонковский", "1371/ПК",
				"71,4 % (5 из 7) при плане 100,0 %", "охват обучающихся 6–9 классов составил 0,0 %", "31.08.2024")) {
			assertTrue(text.contains(figure), "the справка lacks «" + figure + "»");
		}
		assertFalse(text.contains("ещё не проведён"), "the analysis is made when the report needs it");
		String chelyabinsk = pdfText(Files.readAllBytes(report("chelyabinsk-2022-23", "spravka", "pdf")));
		assertTrue(chelyabinsk.contains("40,0 %"), "Нязепетровский preschool coverage, seed 003");
	}

	@Test
	void aDesignTheUserChangedIsRenderedWithTheSameData() throws Exception {
		// what a power user does in BIRT Report Designer: rename a column of our card
		String card;
		try (var in = ReportDesigns.design(ReportKind.CARD, "any").openStream()) {
			card = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(card.contains(">Плановое значение<"), "the card design's plan column");
		Path design = temp.resolve("my-card.rptdesign");
		Files.writeString(design, card.replace(">Плановое значение<", ">Цель на год<"));
		Path out = temp.resolve("my-card.pdf");
		CommandRun.Outcome mine = run("report", "--campaign", "tver-2022-23", "--kind", "card", "--unit", "TVR-SON",
				"--format", "pdf", "--out", out.toString(), "--design", design.toString());
		assertEquals(0, mine.code(), mine.err());
		String text = pdfText(Files.readAllBytes(out));
		assertTrue(text.contains("Цель на год"), "the user's column title");
		assertTrue(text.contains("71,4"), "the same figures: Сонковский K2_1");
		CommandRun.Outcome missing = run("report", "--campaign", "tver-2022-23", "--kind", "card", "--unit", "TVR-SON",
				"--format", "pdf", "--out", temp.resolve("x.pdf").toString(), "--design", temp.resolve("none.rptdesign").toString());
		assertEquals(CommandLineApplication.EXIT_USAGE, missing.code());
		assertTrue(missing.err().contains("none.rptdesign"), missing.err());
	}

	@Test
	void theAuthorAndTheAuthorityAreGivenOnTheCommandLine() throws Exception {
		String author = "Иванова И. И., методист ГАУ ДПО ТОИУУ";
		String authority = "Управление образования администрации Сонковского муниципального округа";
		String heading = "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ СОНКОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА";
		String spravka = new String(Files.readAllBytes(signed("spravka", "html", "--author", author, "--authority",
				authority)), StandardCharsets.UTF_8);
		assertTrue(spravka.contains(heading), "the authority heads the справка");
		assertTrue(spravka.contains("Справку подготовил(а): " + author), "the author closes it");
		String order = docxText(Files.readAllBytes(signed("decision", "docx", "--authority", authority, "--author",
				author)));
		assertTrue(order.contains(heading) && !order.contains("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТВЕРСКОЙ ОБЛАСТИ"), order);
		assertTrue(order.contains(author + "  ____________"), order);
		String plain = docxText(Files.readAllBytes(report("tver-2022-23", "decision", "docx")));
		assertTrue(plain.contains("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ТВЕРСКОЙ ОБЛАСТИ") && !plain.contains(author), plain);
		// the option last, without its text (run(...) would append --db)
		CommandRun.Outcome noValue = CommandRun.run(List.of("report", "--db", db, "--campaign", "tver-2022-23", "--kind",
				"spravka", "--format", "pdf", "--out", temp.resolve("no-author.pdf").toString(), "--author"));
		assertEquals(CommandLineApplication.EXIT_USAGE, noValue.code());
		assertTrue(noValue.err().contains("--author"), noValue.err());
		assertTrue(run("report", "--help").out().contains("--authority"), "the help names the options");
	}

	/* the signature's texts would make report()'s file name too long */
	private static Path signed(String kind, String format, String... signature) throws Exception {
		Path file = temp.resolve("signed-" + kind + '.' + format);
		List<String> args = new ArrayList<>(List.of("report", "--campaign", "tver-2022-23", "--kind", kind, "--format",
				format, "--out", file.toString()));
		args.addAll(List.of(signature));
		CommandRun.Outcome outcome = run(args.toArray(String[]::new));
		assertEquals(0, outcome.code(), outcome.err());
		return file;
	}

	@Test
	void theCardCellsAreNumbers() throws Exception {
		List<Object> cells = xlsxCells(Files.readAllBytes(report("tver-2022-23", "card", "xlsx")));
		assertTrue(cells.stream().anyMatch(c -> c instanceof Double d && Math.abs(d - 500.0 / 7) < 1e-6),
				"71,4 % (5 of 7 Sonkovo schools) must be a numeric cell");
		assertTrue(cells.stream().anyMatch(c -> c instanceof Double d && Math.abs(d - 1400.0 / 22) < 1e-6),
				"63,6 % (14 of 22 admitted to universities) must be a numeric cell");
	}

	@Test
	void aStoredAnalysisReachesTheSpravkaAndTheDecision() throws Exception {
		try (Store store = Store.open(db)) {
			store.analyses().save("penza-bessonovka-2020-21", analysis());
		}
		String spravka = docxText(Files.readAllBytes(report("penza-bessonovka-2020-21", "spravka", "docx")));
		assertTrue(spravka.contains("Мало договоров с предприятиями"), spravka);
		assertTrue(spravka.contains("Заключить договоры с предприятиями района"), spravka);
		assertFalse(spravka.contains("ещё не проведён"), "the analysis is stored");
		String protocol = docxText(Files.readAllBytes(report("penza-bessonovka-2020-21", "decision", "docx", "--form",
				"protocol")));
		for (String text : List.of("ВЫПИСКА ИЗ ПРОТОКОЛА", "РЕШИЛИ:",
				"2.1. Заключить договоры с предприятиями района.", "Срок: до 01.09.2021",
				"Ответственный: руководители ОО")) {
			assertTrue(protocol.contains(text), "the protocol lacks «" + text + "»:\n" + protocol);
		}
	}

	private static Analysis analysis() {
		ProfmonitorFactory factory = ProfmonitorFactory.eINSTANCE;
		Analysis analysis = factory.createAnalysis();
		Problem problem = factory.createProblem();
		problem.setKind(ProblemKind.BELOW_TARGET);
		problem.setUnitLevel(UnitLevel.MUNICIPALITY);
		problem.setUnitCode("PNZ-BES");
		problem.setDescription("Мало договоров с предприятиями: 8 договоров и 2 соглашения");
		analysis.getProblems().add(problem);
		Recommendation recommendation = factory.createRecommendation();
		recommendation.setAddresseeKind(AddresseeKind.ALL_SCHOOLS);
		recommendation.setAddressee("Руководителям ОО Бессоновского района");
		recommendation.setAction("Заключить договоры с предприятиями района");
		recommendation.setDeadlineText("до 01.09.2021");
		recommendation.setResponsible("руководители ОО");
		analysis.getRecommendations().add(recommendation);
		return analysis;
	}

	@Test
	void aBadCommandLineIsRefusedBeforeAnythingIsWritten() {
		Path file = temp.resolve("refused.pdf");
		CommandRun.Outcome noUnit = run("report", "--campaign", "tver-2022-23", "--kind", "card", "--format", "pdf", "--out",
				file.toString());
		assertEquals(CommandLineApplication.EXIT_USAGE, noUnit.code());
		assertTrue(noUnit.err().contains("--unit"), noUnit.err());
		CommandRun.Outcome badUnit = run("report", "--campaign", "tver-2022-23", "--kind", "card", "--unit", "TVR-NONE",
				"--format", "pdf", "--out", file.toString());
		assertEquals(CommandLineApplication.EXIT_USAGE, badUnit.code());
		assertTrue(badUnit.err().contains("TVR-NONE"), badUnit.err());
		CommandRun.Outcome badFormat = run("report", "--campaign", "tver-2022-23", "--kind", "spravka", "--format", "odt",
				"--out", file.toString());
		assertEquals(CommandLineApplication.EXIT_USAGE, badFormat.code());
		CommandRun.Outcome badKind = run("report", "--campaign", "tver-2022-23", "--kind", "letter", "--format", "pdf", "--out",
				file.toString());
		assertEquals(CommandLineApplication.EXIT_USAGE, badKind.code());
		CommandRun.Outcome unknown = run("report", "--campaign", "nowhere", "--kind", "spravka", "--format", "pdf", "--out",
				file.toString());
		assertEquals(DatabaseCommand.EXIT_ERROR, unknown.code());
		assertFalse(Files.exists(file));
		CommandRun.Outcome help = run("report", "--help");
		assertEquals(0, help.code());
		assertTrue(help.out().contains("--kind"), help.out());
	}

	private static String pdfText(byte[] document) throws Exception {
		PdfReader reader = new PdfReader(document);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
			return String.join(" ", pages).replace('\u00a0', ' ').replaceAll("\\s+", " ");
		} finally {
			reader.close();
		}
	}

	private static String docxText(byte[] document) throws Exception {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			return extractor.getText().replace('\u00a0', ' ');
		}
	}

	/** The texts and the numbers of the workbook: a cell is a number only if Excel stores it as one. */
	private static List<Object> xlsxCells(byte[] document) throws Exception {
		List<Object> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document))) {
			DataFormatter text = new DataFormatter();
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(
					cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : text.formatCellValue(cell)))));
		}
		return cells;
	}
}
