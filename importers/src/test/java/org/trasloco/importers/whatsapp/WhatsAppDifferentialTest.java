package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.Timestamps;
import org.trasloco.importers.CollectingSink;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.whatsapp.synthetic.SyntheticChat;

/**
 * Differential test against the npm {@code whatsapp-chat-parser} 4.0.2, the most used public parser:
 * on generated large files and on every fixture, both must agree wherever that parser is right, and
 * every place where it is wrong is a documented, asserted disagreement. The list of disagreements is
 * kept in {@code docs/formats/whatsapp.md} too.
 */
class WhatsAppDifferentialTest {

    /** How the two parsers may differ. */
    enum Difference {
        /**
         * Not an error: the npm parser leaves WhatsApp's marker text ("<Media omitted>", "(file
         * attached)", "<This message was edited>", tombstones) in the message; Trasloco moves it into
         * flags and attachments and keeps the rest of the text.
         */
        MARKER_TEXT,
        /** npm appends the file's final line break to the last message of every export. */
        LAST_LINE_BREAK,
        /** npm keeps the non-contact "~ " and the bidi marks around phone numbers in the author (P10). */
        AUTHOR_MARKS_KEPT,
        /** npm gives a system line an author: "Name: " inside group names or French " : " (P7), iOS pseudo-authors (P9). */
        SYSTEM_LINE_AUTHOR,
        /** npm makes "Name:" with an empty body a system line without author (P21). */
        AUTHOR_LOST,
        /** npm keeps the blank lines before the next header in a message; WhatsApp trims messages, so they are not text. */
        TRAILING_BLANK_LINES,
        /** npm reports a different number of messages: lost first line (BOM, P6), split continuation lines (P8), unrecognised headers. */
        MESSAGE_COUNT,
        /** npm reads a different date or time. */
        DATE,
        /** npm reads a different text. */
        TEXT
    }

    /** Fixtures where the npm parser is wrong, with what goes wrong; everywhere else it must agree. */
    private static final Map<String, Set<Difference>> KNOWN = new TreeMap<>(Map.ofEntries(
            // JS \s matches U+202F, so both read this; only the markers differ.
            Map.entry("h21-ios-tr-no-comma", EnumSet.of(Difference.MARKER_TEXT, Difference.AUTHOR_MARKS_KEPT)),
            // Year-first dates with both other fields ≤ 12: npm swaps month and day (2023/5/4 becomes 5 April).
            Map.entry("h22-ios-year-first", EnumSet.of(Difference.AUTHOR_MARKS_KEPT, Difference.DATE)),
            Map.entry("p13-multiline-kept-verbatim", EnumSet.of(Difference.TRAILING_BLANK_LINES)),
            Map.entry("p21-empty-and-null-bodies", EnumSet.of(Difference.AUTHOR_LOST)),
            // iOS E2E banner: npm keeps the chat name as the author of the notice (P9).
            Map.entry("h18-ios-german-region-english-12h", EnumSet.of(Difference.SYSTEM_LINE_AUTHOR)),
            Map.entry("p09a-ios-pseudo-authors", EnumSet.of(Difference.SYSTEM_LINE_AUTHOR)),
            Map.entry("p09b-ios-2016-banner-without-mark", EnumSet.of(Difference.SYSTEM_LINE_AUTHOR)),
            // Group names with ": " and French " : " get an author (P7).
            Map.entry("p07-system-lines-with-colons", EnumSet.of(Difference.SYSTEM_LINE_AUTHOR)),
            // The first message is lost after a BOM (P6).
            Map.entry("p06-bom-before-first-header", EnumSet.of(Difference.MESSAGE_COUNT)),
            // The quoted header becomes a message of its own (P8).
            Map.entry("p08-continuation-lines-that-look-like-dates", EnumSet.of(Difference.MESSAGE_COUNT)),
            // 31/02 is rolled over into March instead of being refused (P15).
            Map.entry("p15-impossible-date-not-rolled-over", EnumSet.of(Difference.MESSAGE_COUNT)),
            // Lines before the first header are silently dropped: same messages, no report.
            Map.entry("p10-non-contacts-and-phone-numbers", EnumSet.of(Difference.AUTHOR_MARKS_KEPT)),
            // Arabic-Indic digits: npm finds no message at all (P19).
            Map.entry("x03-android-arabic-digits", EnumSet.of(Difference.MESSAGE_COUNT)),
            // The day period before the time (Korean) and German/Greek periods are not read.
            Map.entry("x01-android-ko-period-before-time", EnumSet.of(Difference.DATE)),
            Map.entry("x02-android-de-vorm-nachm", EnumSet.of(Difference.DATE, Difference.TEXT)),
            Map.entry("x04-android-greek-periods", EnumSet.of(Difference.DATE, Difference.TEXT)),
            // Node reads the file as UTF-8; a UTF-16 export gives nothing.
            Map.entry("p22-utf16-with-bom", EnumSet.of(Difference.MESSAGE_COUNT)),
            // Mixed orders: npm reads every date in one order, so 01/15 becomes the 1st of month 15 (March next year).
            Map.entry("d04-mixed-orders", EnumSet.of(Difference.DATE))));

    /** Differences found in nearly every file, checked on the generated exports. */
    private static final Set<Difference> EVERYWHERE = EnumSet.of(Difference.MARKER_TEXT, Difference.LAST_LINE_BREAK);

    private static NodeParser node;

    @TempDir
    Path dir;

    @BeforeAll
    static void installTheNpmParser() throws IOException, InterruptedException {
        node = NodeParser.install();
    }

    @Test
    void agreesOnLargeGeneratedExports() throws Exception {
        for (SyntheticChat chat : List.of(new SyntheticChat(100_000, false, false, 11), new SyntheticChat(50_000, false, true, 12),
                new SyntheticChat(50_000, true, false, 13))) {
            Path file = dir.resolve("chat-" + chat.seed() + ".txt");
            chat.writeTo(file);
            Set<Difference> differences = compare(file);
            // Generated chats use "~ " non-contacts and every marker; nothing else may differ.
            assertEquals(EnumSet.of(Difference.MARKER_TEXT, Difference.AUTHOR_MARKS_KEPT, Difference.LAST_LINE_BREAK),
                    differences, file.toString());
        }
    }

    @Test
    void agreesOnEveryFixtureExceptTheDocumentedDisagreements() throws Exception {
        Map<String, Set<Difference>> actual = new TreeMap<>();
        for (Path caseDir : WhatsAppFixtureTest.cases()) {
            Set<Difference> differences = compare(WhatsAppFixtureTest.exportFile(caseDir));
            differences.removeAll(EVERYWHERE);
            if (!differences.isEmpty()) {
                actual.put(caseDir.getFileName().toString(), differences);
            }
        }
        Map<String, Set<Difference>> expected = new TreeMap<>(KNOWN);
        expected.replaceAll((k, v) -> {
            Set<Difference> copy = EnumSet.copyOf(v);
            copy.removeAll(EVERYWHERE);
            return copy;
        });
        expected.values().removeIf(Set::isEmpty);
        assertEquals(expected, actual);
    }

    /** The kinds of difference between the two parsers on one file. */
    private Set<Difference> compare(Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        new WhatsAppReader().read(file, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER);
        List<Message> ours = sink.messages;
        List<NodeParser.Parsed> theirs = node.parse(file);
        Set<Difference> differences = EnumSet.noneOf(Difference.class);
        if (ours.size() != theirs.size()) {
            differences.add(Difference.MESSAGE_COUNT);
            return differences;
        }
        for (int i = 0; i < ours.size(); i++) {
            NodeParser.Parsed parsed = theirs.get(i);
            if (i == ours.size() - 1 && parsed.message().endsWith("\n")) {
                differences.add(Difference.LAST_LINE_BREAK);
                parsed = new NodeParser.Parsed(parsed.date(), parsed.author(),
                        parsed.message().replaceFirst("\r?\n$", ""), parsed.attachment());
            }
            differences.addAll(compare(ours.get(i), parsed));
        }
        return differences;
    }

    private static List<Difference> compare(Message ours, NodeParser.Parsed theirs) {
        List<Difference> differences = new ArrayList<>();
        if (!Timestamps.iso(ours.timestamp()).equals(theirs.date())) {
            differences.add(Difference.DATE);
        }
        String theirText = theirs.message();
        if (ours.author() == null && theirs.author() != null) {
            differences.add(Difference.SYSTEM_LINE_AUTHOR);
            return differences;
        }
        if (ours.author() != null && theirs.author() == null) {
            differences.add(Difference.AUTHOR_LOST);
            return differences;
        }
        if (ours.author() != null && !ours.author().equals(theirs.author())) {
            if (theirs.author() != null && AuthorNames.clean(theirs.author()).equals(ours.author())) {
                differences.add(Difference.AUTHOR_MARKS_KEPT);
            } else {
                differences.add(Difference.TEXT);
                return differences;
            }
        }
        boolean flagged = ours.mediaOmitted() || ours.edited() || ours.kind() == MessageKind.DELETED
                || !ours.attachments().isEmpty();
        if (flagged) {
            differences.add(Difference.MARKER_TEXT);
            boolean keepsText = theirText.contains(ours.text());
            boolean keepsNames = ours.attachments().stream().map(Attachment::fileName).allMatch(theirText::contains);
            if (!keepsText || !keepsNames) {
                differences.add(Difference.TEXT);
            }
        } else if (!AuthorNames.withoutLeadingMarks(theirText).equals(ours.text())) {
            boolean blankLinesOnly = theirText.startsWith(ours.text()) && theirText.substring(ours.text().length()).isBlank();
            differences.add(blankLinesOnly ? Difference.TRAILING_BLANK_LINES : Difference.TEXT);
        }
        return differences;
    }

    @Test
    void theDocumentedDisagreementsAreRealDifferencesNotJustMarkers() {
        assertTrue(KNOWN.values().stream().allMatch(set -> set.stream().anyMatch(d -> !EVERYWHERE.contains(d))));
    }
}
