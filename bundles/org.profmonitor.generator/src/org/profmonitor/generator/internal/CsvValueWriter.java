/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.generator.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.profmonitor.store.ValueSink;

/**
 * Writes values as the import reads them: the long layout {@code организация;показатель;значение}
 * in UTF-8, whole numbers without a decimal part and others with a decimal comma, as a Russian
 * spreadsheet saves them.
 */
public final class CsvValueWriter implements ValueSink, AutoCloseable {

    /** The header row; the import recognises these Russian column names. */
    public static final String HEADER = "организация;показатель;значение"; //$NON-NLS-1$

    private final BufferedWriter out;

    /**
     * @param file the file, replaced if it exists
     * @throws IOException when it cannot be created
     */
    public CsvValueWriter(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
    }

    @Override
    public void accept(String organisationCode, String elementCode, String disaggregation, double value) {
        try {
            out.write(organisationCode);
            out.write(';');
            out.write(elementCode);
            out.write(';');
            out.write(format(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param value a figure
     * @return it as the CSV holds it
     */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace('.', ',');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
