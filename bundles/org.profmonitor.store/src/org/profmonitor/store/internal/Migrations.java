/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.store.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

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
        if (bundle == null) {
            throw new StoreException(NLS.bind(Messages.Store_migrationsMissing, FOLDER));
        }
        List<Migration> migrations = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "V*.sql", false); //$NON-NLS-1$
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            Migration.named(path.substring(path.lastIndexOf('/') + 1), entry).ifPresent(migrations::add);
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
}
