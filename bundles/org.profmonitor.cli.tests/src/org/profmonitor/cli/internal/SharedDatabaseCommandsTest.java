/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profmonitor.store.testing.PostgresServer;

/** {@code campaigns lock|unlock} and {@code db user add|list|remove}. */
class SharedDatabaseCommandsTest {

	private static final String CAMPAIGN = "tver-2022-23";

	@TempDir
	Path temp;

	private static CommandRun.Outcome run(String... args) {
		return CommandRun.run(List.of(args));
	}

	@Test
	void aClosedCampaignRefusesAnImportBeforeReadingItsFilesUntilReopened() {
		String db = temp.resolve("db").toString();
		CommandRun.ok("demo", "--db", db);
		String locked = CommandRun.ok("campaigns", "lock", "--campaign", CAMPAIGN, "--db", db).out();
		assertTrue(locked.contains("Кампания " + CAMPAIGN + " закрыта для ввода данных ("), locked);
		String list = CommandRun.ok("campaigns", "--db", db).out();
		assertTrue(list.lines().anyMatch(line -> line.startsWith(CAMPAIGN + " ") && line.contains("закрыт (")), list);
		assertTrue(list.lines().anyMatch(line -> line.startsWith("tver-2021-22 ") && line.contains("открыт")), list);

		// the file does not exist: the lock is checked before any file is read
		CommandRun.Outcome refused = run("import", "--campaign", CAMPAIGN, temp.resolve("none.csv").toString(), "--db", db);
		assertEquals(DatabaseCommand.EXIT_ERROR, refused.code());
		assertTrue(refused.err().contains("Кампания " + CAMPAIGN + " закрыта для ввода данных"), refused.err());
		assertTrue(refused.err().contains("campaigns unlock --campaign " + CAMPAIGN), refused.err());
		// a second demo load leaves the closed campaign alone
		CommandRun.ok("demo", "--db", db);

		assertTrue(CommandRun.ok("campaigns", "unlock", "--campaign", CAMPAIGN, "--db", db).out().contains("снова открыта"));
		assertTrue(CommandRun.ok("campaigns", "unlock", "--campaign", CAMPAIGN, "--db", db).out().contains("и так открыта"));
		CommandRun.Outcome reading = run("import", "--campaign", CAMPAIGN, temp.resolve("none.csv").toString(), "--db", db);
		assertFalse(reading.err().contains("закрыта для ввода"), reading.err());
		assertEquals(CommandLineApplication.EXIT_USAGE, run("campaigns", "lock", "--db", db).code(), "--campaign is required");
	}

	@Test
	void usersOfAServerDatabaseAreAddedListedAndRemoved() {
		Assumptions.assumeTrue(PostgresServer.binaries().isPresent(),
				"PostgreSQL is not installed here (no initdb and pg_ctl found): PostgreSQL tests skipped");
		String db = PostgresServer.get().newDatabase().jdbcUrl();
		CommandRun.ok("demo", "--db", db);
		String name = "cli_mun_" + ProcessHandle.current().pid();
		String added = CommandRun.ok("db", "user", "add", name, "--role", "municipal", "--municipality", "TVR-SON", "--db", db).out();
		assertTrue(added.contains("Пользователь " + name + " добавлен"), added);
		assertTrue(added.contains("муниципальный методист муниципалитета TVR-SON"), added);
		String list = CommandRun.ok("db", "user", "list", "--db", db).out();
		assertTrue(list.lines().anyMatch(line -> line.startsWith(name + " ") && line.contains("municipal")), list);

		CommandRun.Outcome noUnit = run("db", "user", "add", "x_" + name, "--role", "municipal", "--db", db);
		assertEquals(CommandLineApplication.EXIT_USAGE, noUnit.code());
		assertTrue(noUnit.err().contains("--municipality"), noUnit.err());
		CommandRun.Outcome unknown = run("db", "user", "add", "y_" + name, "--role", "organisation", "--organisation",
				"NOWHERE", "--db", db);
		assertEquals(DatabaseCommand.EXIT_ERROR, unknown.code());
		assertTrue(unknown.err().contains("нет организации NOWHERE"), unknown.err());

		// the municipal user itself may close the campaign but not reopen it
		String asUser = db.replace("?user=" + PostgresServer.SUPERUSER, "?user=" + name);
		assertTrue(CommandRun.ok("campaigns", "lock", "--campaign", CAMPAIGN, "--db", asUser).out().contains(name));
		CommandRun.Outcome reopen = run("campaigns", "unlock", "--campaign", CAMPAIGN, "--db", asUser);
		assertEquals(DatabaseCommand.EXIT_ERROR, reopen.code());
		assertTrue(reopen.err().contains("только региональный методист"), reopen.err());
		CommandRun.Outcome manage = run("db", "user", "remove", name, "--db", asUser);
		assertEquals(DatabaseCommand.EXIT_ERROR, manage.code());
		assertTrue(manage.err().contains("Пользователями управляет только администратор"), manage.err());

		assertTrue(CommandRun.ok("db", "user", "remove", name, "--db", db).out().contains("удалён"));
		assertTrue(CommandRun.ok("db", "user", "list", "--db", db).out().contains("нет пользователей, кроме администратора"));
		CommandRun.Outcome embedded = run("db", "user", "add", "z_" + name, "--role", "readonly", "--db",
				temp.resolve("e").toString());
		assertEquals(DatabaseCommand.EXIT_ERROR, embedded.code());
		assertTrue(embedded.err().contains("встроенная, у неё один пользователь"), embedded.err());
	}
}
