package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
import org.trasloco.invites.Languages;
import org.trasloco.invites.kit.PaperFormat;

/**
 * The wizard's bundle holds exactly the keys the views ({@code %key} in FXML) and the controllers
 * ({@code texts.get("key")}, and the few keys built from enums) use, and the helper journey's
 * variants of them ({@code helper.key}), in every language of {@link Languages#SUPPORTED}: each
 * translation's file holds exactly the English file's keys. Texts with placeholders are
 * MessageFormat patterns (apostrophes doubled), the others plain text.
 */
class WizardTextsTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");
    /** A literal key; keys built from a prefix ("kind." + …) are listed in usedKeys(). */
    private static final Pattern CODE_KEY = Pattern.compile("texts(?:\\(\\))?\\.get\\(\"([A-Za-z0-9.]*[A-Za-z0-9])\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** The bundle's languages as its files name them: {@code ""} for the English base. */
    private static final List<String> FILE_LANGUAGES = Languages.SUPPORTED.stream()
            .map(l -> l.equals(Locale.ENGLISH) ? "" : "_" + l.getLanguage()).toList();

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
        for (Locale locale : Languages.SUPPORTED) {
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
        for (String file : FILE_LANGUAGES.stream().map(l -> "messages" + l + ".properties").toList()) {
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
        for (Locale locale : Languages.SUPPORTED) {
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

    @Test
    void everyTranslationHoldsEveryKeyOfTheEnglishFileHelperVariantsIncluded() throws IOException {
        // A bundle also shows its parent's keys: a text missing in a translation would silently
        // appear in English, so the files themselves are compared.
        Set<String> english = fileKeys("");
        for (String language : FILE_LANGUAGES) {
            Set<String> translated = fileKeys(language);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            Set<String> extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "missing in messages" + language);
            assertEquals(Set.of(), extra, "not in English, in messages" + language);
        }
    }

    private static Set<String> fileKeys(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(
                module().resolve("src/main/resources/org/trasloco/app/wizard/messages" + language + ".properties"))) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
