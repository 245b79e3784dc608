package org.trasloco.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trasloco.core.i18n.MessageKey;

/**
 * Checks a module's bundles against its declared keys: every declared key is in every language,
 * no language has a key nobody declared, every pattern is a valid {@link MessageFormat}, no
 * apostrophe is lost to MessageFormat quoting and no sentence of a translation is still the English
 * one. Shared with the other modules through the test jar.
 */
public final class BundleAssertions {

    /** The languages every module's bundles are complete in ({@code ""} is the English base). */
    public static final List<String> LANGUAGES = List.of("", "it", "de", "fr", "es");

    /** A text of more words than this that is the same as the English one was not translated. */
    private static final int MAX_WORDS_COPIED = 3;
    private static final Pattern SIMPLE_PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private BundleAssertions() {
    }

    /**
     * Asserts that the bundle of {@code keys} is complete and clean in every language.
     *
     * @param keys the enum declaring the module's keys
     */
    public static void assertComplete(Class<? extends MessageKey> keys) {
        assertComplete(keys, LANGUAGES);
    }

    /**
     * Asserts that the bundle of {@code keys} is complete and clean in the given languages, for a
     * module whose language list is its own (the invites module checks {@code Languages.SUPPORTED}).
     *
     * @param keys the enum declaring the module's keys
     * @param languages language codes, {@code ""} for the English base bundle
     */
    public static void assertComplete(Class<? extends MessageKey> keys, List<String> languages) {
        MessageKey[] declared = keys.getEnumConstants();
        assertTrue(declared.length > 0, keys + " declares no keys");
        String bundle = declared[0].bundle();
        Set<String> expected = Stream.of(declared).map(MessageKey::key).collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        Properties english = load(bundle, "");
        for (String language : languages) {
            Properties properties = load(bundle, language);
            Set<String> present = new TreeSet<>(properties.stringPropertyNames());
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(present);
            Set<String> unused = new TreeSet<>(present);
            unused.removeAll(expected);
            String name = language.isEmpty() ? "en (base)" : language;
            if (!missing.isEmpty()) {
                problems.add(name + ": missing " + missing);
            }
            if (!unused.isEmpty()) {
                problems.add(name + ": unused " + unused);
            }
            for (String key : present) {
                String pattern = properties.getProperty(key);
                if (pattern.isBlank()) {
                    problems.add(name + ": empty " + key);
                }
                if (!language.isEmpty() && pattern.equals(english.getProperty(key))
                        && words(pattern) > MAX_WORDS_COPIED) {
                    problems.add(name + ": still in English " + key);
                }
                if (LONE_APOSTROPHE.matcher(pattern).find()) {
                    problems.add(name + ": lone apostrophe (write '') in " + key);
                }
                try {
                    new MessageFormat(pattern);
                } catch (IllegalArgumentException e) {
                    problems.add(name + ": bad pattern " + key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems, "bundle " + bundle);
    }

    /** The words of a text, not counting simple placeholders such as {@code {0,number,integer}}. */
    private static long words(String pattern) {
        return WORD.matcher(SIMPLE_PLACEHOLDER.matcher(pattern).replaceAll(" ")).results().count();
    }

    private static Properties load(String bundle, String language) {
        String path = "/" + bundle.replace('.', '/') + (language.isEmpty() ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BundleAssertions.class.getResourceAsStream(path)) {
            if (in == null) {
                fail("bundle file missing: " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            fail("cannot read " + path, e);
        }
        return properties;
    }
}
