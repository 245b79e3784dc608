package org.trasloco.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.trasloco.core.i18n.MessageKey;
import org.trasloco.core.testing.BundleAssertions;

/**
 * The bundle checks of this module, which is translated into every language of
 * {@link Languages#SUPPORTED}: complete and clean (as everywhere), and no sentence left in English.
 */
public final class InvitesBundles {

    /** A text of more words than this that is the same as the English one was not translated. */
    private static final int MAX_WORDS_COPIED = 3;

    private InvitesBundles() {
    }

    /** The bundle languages as {@link BundleAssertions} names them: {@code ""} for the English base. */
    public static List<String> languages() {
        return Languages.SUPPORTED.stream().map(l -> l.equals(Locale.ENGLISH) ? "" : l.getLanguage()).toList();
    }

    /**
     * Asserts that the bundle of {@code keys} is complete and clean in every supported language and
     * that no sentence of it is still the English one.
     *
     * @param keys the enum declaring the keys
     */
    public static void assertComplete(Class<? extends MessageKey> keys) {
        BundleAssertions.assertComplete(keys, languages());
        String bundle = keys.getEnumConstants()[0].bundle();
        Properties english = load(bundle, "");
        List<String> untranslated = new ArrayList<>();
        for (String language : languages()) {
            if (language.isEmpty()) {
                continue;
            }
            Properties translated = load(bundle, language);
            for (String key : english.stringPropertyNames()) {
                String text = english.getProperty(key);
                if (text.split("\\s+").length > MAX_WORDS_COPIED && text.equals(translated.getProperty(key))) {
                    untranslated.add(language + ": " + key);
                }
            }
        }
        assertEquals(List.of(), untranslated, "still in English in bundle " + bundle);
    }

    private static Properties load(String bundle, String language) {
        String path = "/" + bundle.replace('.', '/') + (language.isEmpty() ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = InvitesBundles.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
