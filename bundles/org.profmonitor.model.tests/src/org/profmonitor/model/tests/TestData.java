/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/** Finds files of the bundle's {@code testdata/} folder, in OSGi and stand-alone. */
public final class TestData {

    private TestData() {
    }

    /**
     * @param name a file name in {@code testdata/}
     * @return its URI: from the bundle's class path when packed, else from the working directory
     *         (Tycho and the IDE run tests in the project folder)
     */
    public static URI uri(String name) {
        URL url = TestData.class.getResource("/testdata/" + name);
        if (url != null) {
            return URI.createURI(url.toString());
        }
        Path path = Path.of("testdata", name).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("test data not found: " + path);
        }
        return URI.createFileURI(path.toString());
    }
}
