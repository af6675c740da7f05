package org.profmonitor.core.formula;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible texts of the formula language, read from {@code messages.properties} (English)
 * and {@code messages_ru.properties} (Russian) beside this class.
 * <p>
 * The core bundle must not depend on OSGi, so this is a plain {@link ResourceBundle} in place
 * of Eclipse's {@code NLS}; the keys are kept here as constants in the same spirit.
 */
final class Messages {

    private static final String BUNDLE_NAME = "org.profmonitor.core.formula.messages"; //$NON-NLS-1$

    /*
     * No fallback to the JVM default locale: asking for English on a Russian machine must give
     * the English base file, not Russian.
     */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static final String FORMAT_PERCENT = "format.percent"; //$NON-NLS-1$
    static final String FORMAT_FRACTION = "format.fraction"; //$NON-NLS-1$
    static final String FORMAT_NO_DATA = "format.noData"; //$NON-NLS-1$
    static final String FORMAT_INVALID = "format.invalid"; //$NON-NLS-1$

    private Messages() {
    }

    /** @return the text of {@code key} in {@code locale}, or the key itself if it is missing */
    static String get(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE_NAME, locale, Messages.class.getClassLoader(), CONTROL)
                    .getString(key);
        } catch (MissingResourceException e) {
            // A missing text must not break an editor or a report; the key still tells what was meant.
            return key;
        }
    }

    /**
     * Formats the message {@code key} with {@link MessageFormat}. Arguments are turned into strings
     * first so that MessageFormat does not group digits of codes or counts.
     */
    static String format(Locale locale, String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            texts[i] = argument instanceof Localizable word ? get(locale, word.messageKey()) : String.valueOf(argument);
        }
        return new MessageFormat(get(locale, key), locale).format(texts);
    }
}
