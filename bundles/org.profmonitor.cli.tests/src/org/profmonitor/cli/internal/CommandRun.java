package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs one command line in this JVM and captures what it prints, as a user's terminal would. */
final class CommandRun {

	/** What a command did: its exit code and its standard output and error. */
	record Outcome(int code, String out, String err) {
	}

	private CommandRun() {
	}

	static Outcome run(List<String> line) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CommandLineApplication().run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * @param args a command line
	 * @return what it did, which must be a success (exit code 0; else the test fails with its error)
	 */
	static Outcome ok(String... args) {
		Outcome outcome = run(List.of(args));
		assertEquals(0, outcome.code(), () -> String.join(" ", args) + ": " + outcome.err());
		return outcome;
	}

	/** {@code profmonitor ARGS... --db DB}. */
	static Outcome run(String db, String... args) {
		List<String> line = new ArrayList<>(List.of(args));
		line.add("--db");
		line.add(db);
		return run(line);
	}
}
