package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.testing.SecondProgram;

/**
 * What IT staff see when a command meets a database another program holds: one line in Russian
 * and exit code 1. The other program is a second JVM ({@link SecondProgram}), since Derby's lock
 * is per JVM.
 */
class LockedDatabaseTest {

	@Test
	void aCommandOnADatabaseInUseSaysSoInOneLine(@TempDir Path dir) throws Exception {
		Path folder = dir.resolve("db");
		assertEquals(0, run("campaigns", "--db", folder.toString()).code, "creates the database");
		try (SecondProgram holder = SecondProgram.holding(folder, dir)) {
			Result campaigns = run("campaigns", "--db", folder.toString());

			assertEquals(DatabaseCommand.EXIT_ERROR, campaigns.code);
			assertEquals("", campaigns.out);
			assertEquals(1, campaigns.err.lines().count(), campaigns.err);
			assertTrue(campaigns.err.startsWith("База данных " + folder + " уже открыта другим экземпляром ProfMonitor"),
					campaigns.err);
			assertFalse(campaigns.err.contains("Exception") || campaigns.err.contains("XSDB6"), campaigns.err);
		}
		assertEquals(0, run("campaigns", "--db", folder.toString()).code, "free again once the other has gone");
	}

	private record Result(int code, String out, String err) {
	}

	private static Result run(String... args) {
		CommandRun.Outcome outcome = CommandRun.run(List.of(args));
		return new Result(outcome.code(), outcome.out(), outcome.err());
	}
}
