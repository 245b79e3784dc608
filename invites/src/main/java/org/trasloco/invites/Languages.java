package org.trasloco.invites;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The languages kits, explainers and share texts are written in: English, Italian, German, French
 * and Spanish. Each one has complete bundles in every package of this module and descriptions in
 * the apps catalogue; tests check both. To add one, add its {@code *_xx.properties} files and
 * catalogue descriptions, then its locale here.
 */
public final class Languages {

    /** Supported languages, English first (the base bundles are English). */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.GERMAN,
            Locale.FRENCH, Locale.forLanguageTag("es"));

    private Languages() {
    }

    /**
     * The supported language for a language tag such as {@code it}, {@code de-AT} or {@code EN}.
     *
     * @param tag the tag
     * @return the language, or empty when it is not supported
     */
    public static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /**
     * The supported language closest to what is wanted.
     *
     * @param wanted the language wanted, or {@code null}
     * @param fallback what to use when {@code wanted} is not supported; must be supported
     * @return a supported language
     */
    public static Locale resolve(Locale wanted, Locale fallback) {
        Objects.requireNonNull(fallback, "fallback");
        if (wanted == null) {
            return fallback;
        }
        return parse(wanted.toLanguageTag()).orElse(fallback);
    }
}
