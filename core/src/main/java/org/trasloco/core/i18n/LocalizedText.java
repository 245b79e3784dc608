package org.trasloco.core.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * A user-visible text that is formatted late: a key and its arguments, turned into words only once
 * the reader's language is known. Arguments are formatted by the bundle's {@link MessageFormat}
 * pattern, never concatenated (so a literal apostrophe is written {@code ''} in every bundle).
 *
 * @param key the bundle key
 * @param args the pattern arguments (numbers, strings, dates); nested {@code LocalizedText}
 *     arguments are formatted in the same locale
 */
public record LocalizedText(MessageKey key, List<Object> args) {

    /**
     * Checks and copies the arguments.
     *
     * @param key the bundle key
     * @param args the pattern arguments
     */
    public LocalizedText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(Objects.requireNonNull(args, "args"));
    }

    /**
     * Creates a text.
     *
     * @param key the bundle key
     * @param args pattern arguments; must not be {@code null} elements
     * @return the text
     */
    public static LocalizedText of(MessageKey key, Object... args) {
        return new LocalizedText(key, Arrays.asList(args.clone()));
    }

    /**
     * Formats the text.
     *
     * @param locale the reader's language
     * @return the finished text
     */
    public String format(Locale locale) {
        String pattern;
        try {
            pattern = Bundles.pattern(key, locale);
        } catch (MissingResourceException e) {
            // Tests make this impossible; if it ever happens the reader still sees something useful.
            return key.key() + args;
        }
        Object[] formatted = args.stream()
                .map(arg -> arg instanceof LocalizedText text ? text.format(locale) : arg)
                .toArray();
        return new MessageFormat(pattern, locale).format(formatted);
    }

    /** Formats the text in English, for logs and exception messages. */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
