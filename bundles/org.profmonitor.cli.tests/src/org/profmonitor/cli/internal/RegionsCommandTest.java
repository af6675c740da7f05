package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.core.indicators.IndicatorSetRegistry;

/** {@code profmonitor regions} with the three region bundles installed. */
class RegionsCommandTest {

	private static final String TVER = "org.profmonitor.region.tver.set2022";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path workspace;

	@BeforeEach
	void emptyWorkspace() {
		IndicatorSetRegistry.getDefault().setWorkspaceFolder(workspace);
	}

	private List<String> run() {
		int exit = new CommandLineApplication().run(List.of("regions"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void listsEveryInstalledSetOnOneLineUnderAHeader() {
		List<String> lines = run();

		assertEquals(4, lines.size(), String.join("\n", lines));
		String header = lines.get(0);
		for (String column : new String[] { Messages.Regions_Id, Messages.Regions_Region, Messages.Regions_Version,
				Messages.Regions_Origin, Messages.Regions_Regulation }) {
			assertTrue(header.contains(column), header);
		}
		assertLine(lines.get(1), "org.profmonitor.region.chelyabinsk.set2022", "Челябинская область",
				"Министерство образования и науки Челябинской области", "01/3089", "30.12.2022");
		assertLine(lines.get(2), "org.profmonitor.region.penza.set2021", "Пензенская область",
				"Управление образования Бессоновского района", "97/01-09", "05.07.2021");
		assertLine(lines.get(3), TVER, "Тверская область", "Министерство образования Тверской области", "1371/ПК",
				"30.12.2022");
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void showsAWorkspaceCopyAsSuch() throws IOException {
		IndicatorSetRegistry.getDefault().copyToWorkspace(TVER);

		String tver = run().stream().filter(line -> line.startsWith(TVER)).findFirst().orElseThrow();

		assertTrue(tver.contains(Messages.Regions_OriginWorkspace), tver);
	}

	@Test
	void helpListsTheRegionsCommand() {
		new CommandLineApplication().run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertTrue(out.toString(StandardCharsets.UTF_8).contains("regions"));
	}

	private static void assertLine(String line, String id, String region, String issuer, String number, String date) {
		assertTrue(line.startsWith(id + " "), line);
		for (String part : new String[] { region, issuer, number, date, Messages.Regions_OriginShipped }) {
			assertTrue(line.contains(part), part + " in: " + line);
		}
	}
}
