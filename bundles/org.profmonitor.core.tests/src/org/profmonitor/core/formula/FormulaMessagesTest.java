package org.profmonitor.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The message files are complete, agree with each other, and stay readable by Eclipse tools. */
class FormulaMessagesTest {

    private static byte[] read(String file) throws IOException {
        try (InputStream in = FormulaProblem.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            return in.readAllBytes();
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.ByteArrayInputStream(read(file)));
        return properties;
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyProblemHasAnEnglishAndARussianMessage(ProblemCode code) throws IOException {
        String key = "problem." + code.name().toLowerCase(Locale.ROOT);
        String english = load("messages.properties").getProperty(key);
        String russian = load("messages_ru.properties").getProperty(key);
        assertNotNull(english, key);
        assertNotNull(russian, key);
        assertTrue(russian.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), key);
        // Both must be valid MessageFormat patterns (a lone quote would silently eat the text).
        Object[] arguments = { "x", "y", "z" };
        assertFalse(new MessageFormat(english).format(arguments).contains("{"), key);
        assertFalse(new MessageFormat(russian).format(arguments).contains("{"), key);
        assertEquals(english.chars().filter(c -> c == '{').count(), russian.chars().filter(c -> c == '{').count(), key);
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_ru.properties" })
    void filesAreAsciiWithEscapes(String file) throws IOException {
        byte[] bytes = read(file);
        assertEquals(new String(bytes, StandardCharsets.US_ASCII), new String(bytes, StandardCharsets.ISO_8859_1));
        for (byte b : bytes) {
            assertTrue(b >= 0, file);
        }
        assertEquals(load("messages.properties").keySet(), load(file).keySet());
    }
}
