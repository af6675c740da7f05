package org.profmonitor.reports.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Prepares the BIRT font configuration: {@code fonts/fontsConfig.xml} of this bundle names the
 * folder of the DejaVu files, which only exists as a file path once the framework has extracted
 * it (the bundle is a jar in the product), so the path is filled in at engine start.
 */
public final class FontConfiguration {

    /** The placeholder in {@code fonts/fontsConfig.xml}. */
    static final String FOLDER_PLACEHOLDER = "@FONT_FOLDER@"; //$NON-NLS-1$

    private static final String FOLDER = "fonts/"; //$NON-NLS-1$
    private static final String CONFIG = FOLDER + "fontsConfig.xml"; //$NON-NLS-1$

    private FontConfiguration() {
    }

    /**
     * @param bundle this bundle
     * @return the URL of a {@code fontsConfig.xml} that names the extracted font folder
     * @throws IOException if the fonts or the configuration cannot be extracted or written
     */
    public static URL prepare(Bundle bundle) throws IOException {
        URL folderEntry = bundle.getEntry(FOLDER);
        URL configEntry = bundle.getEntry(CONFIG);
        if (folderEntry == null || configEntry == null) {
            throw new IOException(bundle.getSymbolicName() + " has no " + CONFIG); //$NON-NLS-1$
        }
        // For a directory Equinox extracts every file in it, so the .ttf files get a real path.
        File folder = new File(FileLocator.toFileURL(folderEntry).getPath());
        String template;
        try (InputStream in = configEntry.openStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String config = template.replace(FOLDER_PLACEHOLDER, folder.getAbsolutePath().replace('\\', '/'));
        Path file = configFile(bundle);
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }

    private static Path configFile(Bundle bundle) throws IOException {
        BundleContext context = bundle.getBundleContext();
        File data = context == null ? null : context.getDataFile("fontsConfig.xml"); //$NON-NLS-1$
        if (data != null) {
            return data.toPath();
        }
        Path temp = Files.createTempFile("profmonitor-fontsConfig", ".xml"); //$NON-NLS-1$ //$NON-NLS-2$
        temp.toFile().deleteOnExit();
        return temp;
    }
}
