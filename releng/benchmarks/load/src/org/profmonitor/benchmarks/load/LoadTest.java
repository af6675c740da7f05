/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.profmonitor.model.CampaignStatus;
import org.profmonitor.model.Directory;
import org.profmonitor.model.Municipality;
import org.profmonitor.model.Organisation;
import org.profmonitor.model.ProfmonitorFactory;
import org.profmonitor.model.Region;
import org.profmonitor.store.CampaignInfo;
import org.profmonitor.store.Store;
import org.profmonitor.store.StoreLocation;
import org.profmonitor.store.UserRole;

/**
 * Issue 9's load test: many municipal methodologists entering data into one region's campaign on
 * one PostgreSQL server at once, each client with a store (and so connections) of its own, as its
 * own database user, for a bounded time. Prints throughput, latency percentiles and conflicts, then
 * checks from the database that no value was lost or duplicated.
 * <p>
 * Arguments: {@code --server jdbc:postgresql://127.0.0.1:PORT} (a server whose superuser
 * {@code profmonitor} is trusted on loopback, as load-test.sh starts it), {@code --clients N}
 * (40), {@code --seconds S} (60), {@code --organisations-per-municipality K} (10).
 */
public final class LoadTest {

    static final String CAMPAIGN = "load-2025-26";
    static final String ADMIN = "profmonitor"; //$NON-NLS-1$

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        String server = null;
        int clients = 40;
        int seconds = 60;
        int organisations = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
            case "--server" -> server = args[i + 1];
            case "--clients" -> clients = Integer.parseInt(args[i + 1]);
            case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
            case "--organisations-per-municipality" -> organisations = Integer.parseInt(args[i + 1]);
            default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (server == null) {
            throw new IllegalArgumentException("--server jdbc:postgresql://host:port is required");
        }
        // two clients per municipality, so that some cells are shared and conflicts can happen
        int municipalities = (clients + 1) / 2;
        String database = "pm_load_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(server + "/postgres?user=" + ADMIN);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String base = server + "/" + database + "?user=";
        System.out.printf(Locale.ROOT, "Load test: %d clients (municipal users, 2 per municipality), %d municipalities x %d "
                + "organisations, %d s, database %s%n", clients, municipalities, organisations, seconds, database);

        try (Store admin = Store.open(StoreLocation.url(base + ADMIN))) {
            admin.campaigns().save(new CampaignInfo(CAMPAIGN, "load", "Нагрузочный тест", "2025/26", null, null, null,
                    CampaignStatus.COLLECTING, null, null, null));
            admin.organisations().register(directory(municipalities, organisations));
            for (int c = 0; c < clients; c++) {
                admin.users().add(Client.user(c), UserRole.MUNICIPAL, Client.municipality(c % municipalities), null);
            }
        }

        List<Client> running = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) + TimeUnit.SECONDS.toNanos(2);
        for (int c = 0; c < clients; c++) {
            Client client = new Client(c, c % municipalities, organisations, StoreLocation.url(base + Client.user(c)), start);
            running.add(client);
            client.start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Client client : running) {
            client.stopAt(began + TimeUnit.SECONDS.toNanos(seconds));
        }
        for (Client client : running) {
            client.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 60_000));
        }
        double elapsed = (System.nanoTime() - began) / 1e9;

        Report report = new Report(running, elapsed);
        report.print(System.out);
        try (Store admin = Store.open(StoreLocation.url(base + ADMIN))) {
            boolean consistent = new Verification(admin, running).run(System.out);
            if (!consistent || report.failures() > 0) {
                System.out.println("LOAD TEST FAILED");
                System.exit(1);
            }
        }
    }

    private static Directory directory(int municipalities, int organisations) {
        ProfmonitorFactory factory = ProfmonitorFactory.eINSTANCE;
        Directory directory = factory.createDirectory();
        Region region = factory.createRegion();
        region.setCode("LOAD");
        directory.setRegion(region);
        for (int m = 0; m < municipalities; m++) {
            Municipality municipality = factory.createMunicipality();
            municipality.setCode(Client.municipality(m));
            for (int o = 0; o < organisations; o++) {
                Organisation school = factory.createOrganisation();
                school.setCode(Client.organisation(m, o));
                school.setName("Школа " + o + " муниципалитета " + m);
                municipality.getOrganisations().add(school);
            }
            directory.getMunicipalities().add(municipality);
        }
        return directory;
    }
}
