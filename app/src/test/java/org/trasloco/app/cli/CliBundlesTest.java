package org.trasloco.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trasloco.core.i18n.Bundles;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's help, in every language: same keys in each, and a description for every option and command. */
class CliBundlesTest {

    @Test
    void everyCommandLineTextIsTranslated() {
        org.trasloco.core.testing.BundleAssertions.assertComplete(CliText.class);
    }

    @Test
    void helpBundlesHaveTheSameKeysInEveryLanguage() {
        for (String bundle : helpBundles()) {
            Set<String> english = new TreeSet<>(Bundles.get(bundle, Locale.ROOT).keySet());
            Set<String> italian = new TreeSet<>(Bundles.get(bundle, Locale.ITALIAN).keySet());
            assertEquals(english, italian, bundle);
        }
    }

    @Test
    void everyCommandOptionAndArgumentIsDescribedInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            Locale saved = Locale.getDefault();
            Locale.setDefault(locale);
            try {
                visit(new CommandLine(new TraslocoCommand()), locale, missing);
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

    private static Set<String> helpBundles() {
        Set<String> names = new TreeSet<>();
        collect(new CommandLine(new TraslocoCommand()), names);
        return names;
    }

    private static void collect(CommandLine line, Set<String> names) {
        ResourceBundle bundle = line.getCommandSpec().resourceBundle();
        if (bundle != null) {
            names.add(line.getCommandSpec().resourceBundleBaseName());
        }
        line.getSubcommands().values().forEach(sub -> collect(sub, names));
    }
}
