package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class CommandLineApplicationTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CommandLineApplication().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void versionPrintsTheInstalledBundleVersionAndSucceeds() {
		String installed = FrameworkUtil.getBundle(CommandLineApplication.class).getVersion().toString();

		assertEquals(0, run("--version"));

		assertEquals("ProfMonitor " + installed + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
		assertTrue(installed.startsWith("0.1.0."), "a qualified release version: " + installed);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void unknownCommandFailsWithOneLineNamingIt() {
		assertEquals(CommandLineApplication.EXIT_USAGE, run("frobnicate"));

		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(message.contains("frobnicate"), message);
		assertEquals(1, message.lines().count(), "one line: " + message);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void helpListsTheVersionCommand() {
		assertEquals(0, run("--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("--version"));
	}

	@Test
	void noArgumentsIsAUsageError() {
		assertEquals(CommandLineApplication.EXIT_USAGE, run());
	}
}
