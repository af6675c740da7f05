/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.internal.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a CSV file into text the way Excel in a Russian locale wrote them: a byte
 * order mark wins; otherwise text that decodes as strict UTF-8 is UTF-8 (Cyrillic in Windows-1251
 * almost never forms valid UTF-8 sequences); everything else is Windows-1251, Excel's «CSV (разделители
 * — запятые)» encoding on Russian Windows.
 */
public final class CsvDecoder {

    /** Windows-1251, the Cyrillic ANSI code page. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251"); //$NON-NLS-1$

    /**
     * Decoded text and the encoding it was in.
     *
     * @param text    the text, without a byte order mark
     * @param charset the encoding detected
     */
    public record Decoded(String text, Charset charset) {
    }

    private CsvDecoder() {
    }

    /**
     * @param bytes the file's content
     * @return the text and its detected encoding
     */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        // «Юникод-текст» of Excel is UTF-16 with a byte order mark
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1251), WINDOWS_1251);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
