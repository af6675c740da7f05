package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.testing.PostgresServer;

/**
 * {@code profmonitor db}: the embedded demo database moved to a real PostgreSQL server gives the
 * same results, and back again.
 */
class DbCommandTest {

	private static final String CAMPAIGN = "tver-2022-23";

	@TempDir
	Path temp;

	private static CommandRun.Outcome run(String... args) {
		return CommandRun.run(List.of(args));
	}

	private static CommandRun.Outcome ok(String... args) {
		CommandRun.Outcome outcome = run(args);
		assertEquals(0, outcome.code(), String.join(" ", args) + ": " + outcome.err());
		return outcome;
	}

	private static String server() {
		Assumptions.assumeTrue(PostgresServer.binaries().isPresent(),
				"PostgreSQL is not installed here (no initdb and pg_ctl found): PostgreSQL tests skipped");
		return PostgresServer.get().newDatabase().jdbcUrl();
	}

	@Test
	void theDemoDatabaseMovedToPostgreSqlGivesTheSameResults() {
		String embedded = temp.resolve("db").toString();
		ok("demo", "--db", embedded);
		ok("problems", "--campaign", CAMPAIGN, "--db", embedded);
		String results = ok("results", "--campaign", CAMPAIGN, "--db", embedded).out();
		String recommendations = ok("recommendations", "--campaign", CAMPAIGN, "--db", embedded).out();
		String url = server();

		String before = ok("db", "status", "--db", url).out();
		assertTrue(before.contains("версия схемы 0, программа знает версии до 5"), before);
		String copied = ok("db", "import", "--from", embedded, "--db", url).out();
		assertTrue(copied.contains("скопирована"), copied);
		String after = ok("db", "status", "--db", url).out();
		assertTrue(after.contains("версия схемы 5, программа знает версии до 5 (актуальна); кампаний: "), after);

		assertEquals(results, ok("results", "--campaign", CAMPAIGN, "--db", url).out());
		assertEquals(recommendations, ok("recommendations", "--campaign", CAMPAIGN, "--db", url).out());

		String back = temp.resolve("back").toString();
		ok("db", "export", "--to", back, "--db", url);
		assertEquals(results, ok("results", "--campaign", CAMPAIGN, "--db", back).out());
	}

	@Test
	void importIntoADatabaseWithCampaignsIsRefused() {
		String embedded = temp.resolve("db").toString();
		ok("demo", "--db", embedded);
		String url = server();
		ok("db", "import", "--from", embedded, "--db", url);
		CommandRun.Outcome again = run("db", "import", "--from", embedded, "--db", url);
		assertEquals(1, again.code());
		assertTrue(again.err().contains("уже содержит кампании"), again.err());
	}

	@Test
	void migrateReportsTheVersionsAppliedThenNothing() {
		String embedded = temp.resolve("db").toString();
		assertTrue(ok("db", "migrate", "--db", embedded).out().contains("применены версии 1, 2, 3, 4, 5"));
		assertTrue(ok("db", "migrate", "--db", embedded).out().contains("актуальна: версия схемы 5"));
	}

	@Test
	void anUnknownActionIsAUsageError() {
		CommandRun.Outcome outcome = run("db", "drop");
		assertEquals(CommandLineApplication.EXIT_USAGE, outcome.code());
		assertTrue(outcome.err().contains("«drop»"), outcome.err());
	}
}
