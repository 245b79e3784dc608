package org.trasloco.app.wizard.common;

import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Languages as a person reads them in the window's language ("Italian", "italiano"): the names come
 * from the platform's locale data, with a capital first letter, as a list item starts.
 */
public final class LanguageNames {

    private LanguageNames() {
    }

    /**
     * A language's name.
     *
     * @param language the language
     * @param window the language of the window
     * @return e.g. {@code Italiano} in an Italian window
     */
    public static String of(Locale language, Locale window) {
        String name = language.getDisplayLanguage(window);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(window) + name.substring(1);
    }

    /**
     * Shows languages by name in a choice box.
     *
     * @param window the language of the window
     * @return the converter (one way: nothing is typed)
     */
    public static StringConverter<Locale> converter(Locale window) {
        return new StringConverter<>() {
            @Override
            public String toString(Locale language) {
                return language == null ? "" : of(language, window);
            }

            @Override
            public Locale fromString(String text) {
                throw new UnsupportedOperationException("languages are chosen, not typed");
            }
        };
    }
}
