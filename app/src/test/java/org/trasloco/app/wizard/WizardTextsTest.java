package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.i18n.Bundles;
import org.trasloco.importers.contacts.Roster;
import org.trasloco.invites.kit.PaperFormat;

/**
 * The wizard's bundle holds exactly the keys the views ({@code %key} in FXML) and the controllers
 * ({@code texts.get("key")}, and the few keys built from enums) use, and the helper journey's
 * variants of them ({@code helper.key}), in English and Italian; texts with placeholders are
 * MessageFormat patterns (apostrophes doubled), the others plain text.
 */
class WizardTextsTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");
    /** A literal key; keys built from a prefix ("kind." + …) are listed in usedKeys(). */
    private static final Pattern CODE_KEY = Pattern.compile("texts(?:\\(\\))?\\.get\\(\"([A-Za-z0-9.]*[A-Za-z0-9])\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Path module() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("src/main/resources/org/trasloco/app/wizard")) ? here : here.resolve("app");
    }

    static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        scan(module().resolve("src/main/resources/org/trasloco/app/wizard"), ".fxml", FXML_KEY, used);
        scan(module().resolve("src/main/java/org/trasloco/app/wizard"), ".java", CODE_KEY, used);
        for (TextSize size : TextSize.values()) {
            used.add("textSize." + size.name());
        }
        for (WizardStep step : WizardStep.values()) {
            used.add(step.titleKey());
        }
        for (String state : List.of("current", "done", "upcoming")) {
            used.add("shell.step." + state);
        }
        for (Network network : Network.values()) {
            used.add("network." + network.id());
        }
        for (ConversationKind kind : ConversationKind.values()) {
            used.add("kind." + kind.id());
        }
        for (Decision decision : Decision.values()) {
            used.add("people.decision." + decision.name());
        }
        for (Roster.MeBasis basis : Roster.MeBasis.values()) {
            used.add("people.me." + basis.name());
        }
        for (PaperFormat paper : PaperFormat.values()) {
            used.add("kit.paper." + paper.name());
        }
        return used;
    }

    private static void scan(Path root, String suffix, Pattern key, Set<String> used) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyUsedKeyIsTranslatedAndNoKeyIsUnused() throws IOException {
        Set<String> used = usedKeys();
        for (Locale locale : List.of(Locale.ROOT, Locale.ITALIAN)) {
            Set<String> present = new TreeSet<>(Bundles.get(WizardTexts.BUNDLE, locale).keySet());
            // A helper-journey variant is used wherever its text is.
            Set<String> variants = present.stream().filter(key -> key.startsWith(WizardTexts.HELPER_PREFIX))
                    .filter(key -> used.contains(key.substring(WizardTexts.HELPER_PREFIX.length())))
                    .collect(java.util.stream.Collectors.toSet());
            present.removeAll(variants);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(present);
            Set<String> unused = new TreeSet<>(present);
            unused.removeAll(used);
            assertEquals(Set.of(), missing, "missing in " + locale);
            assertEquals(Set.of(), unused, "unused in " + locale);
        }
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // A properties file keeps the last of two equal keys without a word: one text would silently vanish.
        for (String file : List.of("messages.properties", "messages_it.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(module().resolve("src/main/resources/org/trasloco/app/wizard/" + file))) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals))) {
                    twice.add(line.substring(0, equals));
                }
            }
            assertEquals(Set.of(), twice, file);
        }
    }

    @Test
    void apostrophesAreWrittenForHowEachTextIsUsed() {
        List<String> wrong = new ArrayList<>();
        for (Locale locale : List.of(Locale.ROOT, Locale.ITALIAN)) {
            var bundle = Bundles.get(WizardTexts.BUNDLE, locale);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                boolean pattern = PLACEHOLDER.matcher(text).find();
                if (pattern && LONE_APOSTROPHE.matcher(text).find() || !pattern && text.contains("''")) {
                    wrong.add(locale + ":" + key);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
