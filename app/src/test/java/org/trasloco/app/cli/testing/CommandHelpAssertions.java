package org.trasloco.app.cli.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.trasloco.core.i18n.Bundles;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks a command tree's help in every language: each command has a help bundle with the same keys
 * in every language, a header, and a description for every option and argument. Shared by the
 * application's and the benchmarks' command lines.
 */
public final class CommandHelpAssertions {

    /** The languages every help text exists in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private CommandHelpAssertions() {
    }

    /**
     * Checks a command tree.
     *
     * @param root makes the root command (picocli reads the bundles in the default language, so the
     *     tree is built once per language)
     */
    public static void assertComplete(Supplier<Object> root) {
        for (String bundle : helpBundles(root)) {
            Set<String> english = new TreeSet<>(Bundles.get(bundle, Locale.ROOT).keySet());
            for (Locale language : LANGUAGES) {
                assertEquals(english, new TreeSet<>(Bundles.get(bundle, language).keySet()), bundle + " " + language);
            }
        }
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
