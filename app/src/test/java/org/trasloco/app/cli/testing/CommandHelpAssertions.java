package org.trasloco.app.cli.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks a command tree's help in every language: each command's help bundle has a file per language
 * with exactly the English file's keys and no text of more than a few words still in English, and
 * every command has a header and a description for every option and argument. The files are compared
 * themselves because a bundle also shows its parent's keys: a text missing in a translation would
 * silently appear in English. Shared by the application's and the benchmarks' command lines.
 */
public final class CommandHelpAssertions {

    /** The languages every help text exists in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.GERMAN,
            Locale.FRENCH, Locale.forLanguageTag("es"));

    /** A text of more words than this that is the same as the English one was not translated. */
    private static final int MAX_WORDS_COPIED = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private CommandHelpAssertions() {
    }

    /**
     * Checks a command tree.
     *
     * @param root makes the root command (picocli reads the bundles in the default language, so the
     *     tree is built once per language)
     */
    public static void assertComplete(Supplier<Object> root) {
        List<String> untranslated = new ArrayList<>();
        for (String bundle : helpBundles(root)) {
            Properties english = file(bundle, Locale.ENGLISH);
            for (Locale language : LANGUAGES.subList(1, LANGUAGES.size())) {
                Properties translated = file(bundle, language);
                assertEquals(new TreeSet<>(english.stringPropertyNames()),
                        new TreeSet<>(translated.stringPropertyNames()), bundle + " " + language);
                for (String key : translated.stringPropertyNames()) {
                    String text = translated.getProperty(key);
                    boolean copied = text.equals(english.getProperty(key));
                    if (copied && WORD.matcher(text).results().count() > MAX_WORDS_COPIED) {
                        untranslated.add(bundle + " " + language + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), untranslated, "help still in English");
        List<String> missing = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            Locale saved = Locale.getDefault();
            Locale.setDefault(locale);
            try {
                visit(new CommandLine(root.get()), locale, missing);
            } finally {
                Locale.setDefault(saved);
            }
        }
        assertEquals(List.of(), missing);
    }

    private static void visit(CommandLine line, Locale locale, List<String> missing) {
        CommandSpec spec = line.getCommandSpec();
        String name = spec.qualifiedName() + " [" + locale + "]";
        if (spec.usageMessage().header().length == 0 || spec.usageMessage().header()[0].isBlank()) {
            missing.add(name + ": header");
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            if (arg.description().length == 0 || arg.description()[0].isBlank()) {
                missing.add(name + ": " + arg);
            }
        }
        line.getSubcommands().values().forEach(sub -> visit(sub, locale, missing));
        assertTrue(spec.resourceBundleBaseName() != null, name + " has a resource bundle");
    }

    /** The file of one language itself, English being the base file. */
    private static Properties file(String bundle, Locale language) {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        String path = "/" + bundle.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = CommandHelpAssertions.class.getResourceAsStream(path)) {
            assertTrue(in != null, "help file missing: " + path);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
        return properties;
    }

    private static Set<String> helpBundles(Supplier<Object> root) {
        Set<String> names = new TreeSet<>();
        collect(new CommandLine(root.get()), names);
        return names;
    }

    private static void collect(CommandLine line, Set<String> names) {
        if (line.getCommandSpec().resourceBundle() != null) {
            names.add(line.getCommandSpec().resourceBundleBaseName());
        }
        line.getSubcommands().values().forEach(sub -> collect(sub, names));
    }
}
