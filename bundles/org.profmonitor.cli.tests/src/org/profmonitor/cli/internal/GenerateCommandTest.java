package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;

/** {@code profmonitor generate} end to end on an in-memory database. */
class GenerateCommandTest {

	private static final String TVER = "org.profmonitor.region.tver.set2022";

	private record Outcome(int code, String out, String err) {
	}

	@TempDir
	Path temp;

	private final String db = "jdbc:derby:memory:gen-" + UUID.randomUUID() + ";create=true";

	private Outcome run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> line = new ArrayList<>(List.of(args));
		line.add("--db");
		line.add(db);
		int code = new CommandLineApplication().run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void writesTheCampaignsAndTheCsvFiles() throws Exception {
		Outcome outcome = run("generate", "--regions", "2", "--municipalities-per-region", "2",
				"--organisations-per-municipality", "3", "--campaigns", "2", "--seed", "4", "--set", TVER, "--csv",
				temp.toString());
		assertEquals(0, outcome.code(), outcome.err());
		// 12 organisations x 28 data elements of Tver's set, per campaign
		assertTrue(outcome.out().contains("336"), outcome.out());
		try (Store store = Store.open(db)) {
			List<String> ids = store.campaigns().list().stream().map(CampaignInfo::id).toList();
			assertEquals(List.of("synthetic-2022-23", "synthetic-2021-22"), ids);
			assertEquals(336, store.values().values("synthetic-2022-23").size());
			assertEquals("synthetic-2021-22", store.campaigns().find("synthetic-2022-23").orElseThrow().previousId());
		}
		assertTrue(Files.isRegularFile(temp.resolve("synthetic-2021-22").resolve("R02.csv")));
		assertEquals(1 + 6 * 28, Files.readAllLines(temp.resolve("synthetic-2022-23").resolve("R01.csv")).size());
	}

	@Test
	void aSecondRunIsRefusedWithOneLine() {
		assertEquals(0, run("generate", "--regions", "1", "--municipalities-per-region", "1",
				"--organisations-per-municipality", "1", "--set", TVER).code());
		Outcome again = run("generate", "--regions", "1", "--municipalities-per-region", "1",
				"--organisations-per-municipality", "1", "--set", TVER);
		assertEquals(DatabaseCommand.EXIT_ERROR, again.code());
		assertEquals(1, again.err().strip().lines().count(), again.err());
	}

	@Test
	void badSizesAndUnknownSetsAreUsageErrors() {
		assertEquals(CommandLineApplication.EXIT_USAGE, run("generate", "--regions", "0").code());
		assertEquals(CommandLineApplication.EXIT_USAGE, run("generate", "--seed", "x").code());
		assertEquals(DatabaseCommand.EXIT_ERROR, run("generate", "--regions", "1", "--set", "nope").code());
	}
}
