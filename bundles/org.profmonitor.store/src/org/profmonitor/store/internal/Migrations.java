/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.profmonitor.store.StoreException;

/** The migrations this program carries, in version order. */
public final class Migrations {

    private static final String FOLDER = "sql"; //$NON-NLS-1$

    private Migrations() {
    }

    /**
     * Lists the bundle's {@code sql/V*__*.sql} scripts. They are found by listing the folder, so
     * that adding a migration is adding a file.
     *
     * @return the migrations, ordered by version, numbered 1..n without gaps
     * @throws StoreException when the scripts are missing or misnumbered (a packaging error)
     */
    public static List<Migration> load() throws StoreException {
        Bundle bundle = FrameworkUtil.getBundle(Migrations.class);
        List<URL> entries = bundle == null ? onClassPath() : inBundle(bundle);
        List<Migration> migrations = new ArrayList<>();
        Map<String, URL> postgresql = new HashMap<>();
        Map<String, URL> derby = new HashMap<>();
        for (URL entry : entries) {
            String path = entry.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            Migration.named(name, entry).ifPresent(migrations::add);
            Migration.postgresqlCompanionOf(name).ifPresent(common -> postgresql.put(common, entry));
            Migration.derbyCompanionOf(name).ifPresent(common -> derby.put(common, entry));
        }
        for (int i = 0; i < migrations.size(); i++) {
            URL companion = postgresql.remove(migrations.get(i).script());
            if (companion != null) {
                migrations.set(i, migrations.get(i).withPostgresql(companion));
            }
            companion = derby.remove(migrations.get(i).script());
            if (companion != null) {
                migrations.set(i, migrations.get(i).withDerby(companion));
            }
        }
        for (Map<String, URL> orphans : List.of(postgresql, derby)) {
            if (!orphans.isEmpty()) {
                // a system's own script without its common one: a packaging error
                throw new StoreException(NLS.bind(Messages.Store_migrationsMissing, orphans.keySet().iterator().next()));
            }
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new StoreException(NLS.bind(Messages.Store_migrationsMissing, migrations.get(i).script()));
            }
        }
        if (migrations.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.Store_migrationsMissing, FOLDER));
        }
        return List.copyOf(migrations);
    }

    private static List<URL> inBundle(Bundle bundle) {
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "V*.sql", false); //$NON-NLS-1$
        return entries == null ? Collections.<URL>emptyList() : Collections.list(entries);
    }

    /*
     * Outside OSGi (the benchmarks run the built jars on a plain class path) there is no bundle to
     * ask; the folder is listed in the jar or class folder this class was loaded from.
     */
    private static List<URL> onClassPath() throws StoreException {
        CodeSource source = Migrations.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new StoreException(NLS.bind(Messages.Store_migrationsMissing, FOLDER));
        }
        List<String> names = new ArrayList<>();
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path folder = location.resolve(FOLDER);
                if (!Files.isDirectory(folder)) {
                    folder = location.getParent().resolve(FOLDER); // bin/ beside sql/ in a workspace
                }
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(file -> file.getFileName().toString()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(entry -> entry.getName()).filter(name -> name.startsWith(FOLDER + '/'))
                            .map(name -> name.substring(FOLDER.length() + 1)).forEach(names::add);
                }
            }
            List<URL> urls = new ArrayList<>();
            for (String name : names) {
                if (name.startsWith("V") && name.endsWith(".sql")) { //$NON-NLS-1$ //$NON-NLS-2$
                    URL url = Migrations.class.getResource('/' + FOLDER + '/' + name);
                    if (url == null) {
                        url = location.getParent().resolve(FOLDER).resolve(name).toUri().toURL();
                    }
                    urls.add(url);
                }
            }
            return urls;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new StoreException(NLS.bind(Messages.Store_migrationsMissing, FOLDER), e);
        }
    }
}
