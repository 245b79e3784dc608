package org.trasloco.core.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads resource bundles strictly: the requested language or the base (English) bundle, never the
 * language of the machine as a silent fallback. Java reads {@code .properties} bundles as UTF-8.
 */
public final class Bundles {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /**
     * Returns the bundle for {@code locale}, falling back only to the base bundle.
     *
     * @param baseName bundle base name, e.g. {@code org.trasloco.core.messages}
     * @param locale the language wanted
     * @return the bundle; never {@code null}
     * @throws java.util.MissingResourceException when not even the base bundle exists
     */
    public static ResourceBundle get(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Bundles.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * Returns the raw pattern of one key.
     *
     * @param key the key
     * @param locale the language wanted
     * @return the pattern as written in the bundle
     */
    public static String pattern(MessageKey key, Locale locale) {
        return get(key.bundle(), locale).getString(key.key());
    }
}
