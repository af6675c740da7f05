package org.profmonitor.core.formula;

/**
 * A message argument that is itself a word to translate, such as the name of a kind of value.
 * It is resolved in the locale of the message, not when the problem is found.
 */
interface Localizable {

    /** @return the key of the word in the messages bundle */
    String messageKey();
}
