/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.profmonitor.exchange.internal.Numbers;
import org.profmonitor.exchange.internal.csv.CsvDecoder;

/** Numbers as Russian users type them, and the detection of a CSV file's encoding. */
class NumbersAndEncodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "64|64", "63,6|63.6", "63.6|63.6", "1 234|1234", "1\u00a0234,5|1234.5",
            "-4|-4", "+7|7", ",5|0.5", "12,|12" })
    void numbersWithDecimalCommaAndGroupedThousandsAreRead(String text, double expected) {
        assertEquals(OptionalDouble.of(expected), Numbers.parse(text, false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "много", "1e3", "NaN", "Infinity", "0x10", "5d", "1,2,3", "1.234,5", "" })
    void anythingElseIsNotANumber(String text) {
        assertTrue(Numbers.parse(text, false).isEmpty(), text);
    }

    @Test
    void yesAndNoAreFlagsOnlyForFlags() {
        assertEquals(OptionalDouble.of(1), Numbers.parse("Да", true));
        assertEquals(OptionalDouble.of(0), Numbers.parse(" нет ", true));
        assertTrue(Numbers.parse("да", false).isEmpty());
        assertEquals("12,5", Numbers.format(12.5));
        assertEquals("64", Numbers.format(64.0));
    }

    @Test
    void encodingIsFoundFromTheBomThenStrictUtf8ElseWindows1251() {
        String text = "организация;показатель;значение";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        assertEquals(new CsvDecoder.Decoded(text, StandardCharsets.UTF_8), CsvDecoder.decode(bom));
        assertEquals(new CsvDecoder.Decoded(text, StandardCharsets.UTF_8), CsvDecoder.decode(utf8));
        assertEquals(new CsvDecoder.Decoded(text, CsvDecoder.WINDOWS_1251),
                CsvDecoder.decode(text.getBytes(CsvDecoder.WINDOWS_1251)));
    }
}
