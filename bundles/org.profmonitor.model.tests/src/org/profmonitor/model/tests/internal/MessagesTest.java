/*
 * Copyright (c) ProfMonitor contributors.
 */
package org.profmonitor.model.tests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.profmonitor.model.internal.validation.Messages;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_ru.properties" })
    void everyMessageIsTranslated(String file) throws IOException {
        Set<String> fields = Arrays.stream(Messages.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(fields, new TreeSet<>(load(file).stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Constraint_PartAboveWhole", "Constraint_DuplicateCode", "Constraint_TargetAbove100" })
    void russianMessagesAreRussian(String key) throws IOException {
        String text = load("messages_ru.properties").getProperty(key);

        assertTrue(text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), text);
    }
}
