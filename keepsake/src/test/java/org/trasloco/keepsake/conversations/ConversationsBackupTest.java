package org.trasloco.keepsake.conversations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Message;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.testing.Fixtures;
import org.trasloco.keepsake.testing.NonnaChat;

/**
 * The history added to a phone backup, checked row by row against what the app's restore does
 * with it ({@link AppImportRules} cites the source read), and decrypted for the check with the JDK's
 * own AES-GCM rather than the reader under test.
 */
class ConversationsBackupTest {

    private static final Instant APP_NEWEST = Instant.parse("2025-06-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void addsTheChosenChatsAfterTheAppsOwnAndKeepsEveryRow() throws Exception {
        Path in = dir.resolve("jess@example.org.2025-12-01-10-00.ceb");
        PhoneBackups.write(in, APP_NEWEST, PhoneBackups.PASSWORD);
        Path out = dir.resolve("with-history.ceb");
        try (Workspace workspace = workspace()) {
            char[] password = PhoneBackups.PASSWORD.toCharArray();
            AppBackupResult result = ConversationsBackup.addHistory(workspace, options(in, out), password, addresses(),
                    ProgressListener.NONE, Cancellation.NEVER);
            assertArrayEquals(new char[password.length], password, "the password is wiped");

            PhoneBackups.Opened before = PhoneBackups.open(in, PhoneBackups.PASSWORD);
            PhoneBackups.Opened after = PhoneBackups.open(out, PhoneBackups.PASSWORD);
            assertEquals(2, after.header().version());
            assertEquals("Conversations", after.header().app());
            assertEquals(PhoneBackups.ACCOUNT, after.header().account());
            assertEquals(Instant.parse("2025-12-05T12:00:00Z").toEpochMilli(), after.header().timestamp());
            assertFalse(java.util.Arrays.equals(before.header().iv(), after.header().iv()), "a fresh IV");
            assertFalse(java.util.Arrays.equals(before.header().salt(), after.header().salt()), "a fresh salt");

            Set<String> ours = addedMessageUuids(before.rows(), after.rows());
            assertEquals(List.of(), AppImportRules.check(after.rows(), after.header(), PhoneBackups.PASSWORD, ours));
            // Every row of the original is there, unchanged and in its order.
            List<JsonNode> kept = new ArrayList<>();
            after.rows().forEach(row -> {
                if (!ours.contains(row.path("values").path("uuid").asText()) && !isNewConversation(before.rows(), row)) {
                    kept.add(row);
                }
            });
            List<JsonNode> original = new ArrayList<>();
            before.rows().forEach(original::add);
            assertEquals(original, kept);
            assertEquals(original.size(), result.rowsKept());

            // Nonna's and Mamma's WhatsApp chats go into the app's chat with mamma@; Mira's Telegram chat is new.
            Map<String, List<JsonNode>> byConversation = new HashMap<>();
            after.rows().forEach(row -> {
                if (ours.contains(row.path("values").path("uuid").asText())) {
                    byConversation.computeIfAbsent(row.path("values").path("conversationUuid").asText(), k -> new ArrayList<>()).add(row.path("values"));
                }
            });
            JsonNode mira = conversationWith(after.rows(), "mira@example.org");
            assertEquals(0, mira.path("mode").asLong());
            assertEquals(Set.of(PhoneBackups.MAMMA_UUID, PhoneBackups.FAMILY_UUID, mira.path("uuid").asText()),
                    byConversation.keySet());
            assertEquals(1, result.conversationsAdded());
            assertEquals(2, result.conversationsExtended());
            assertEquals(result.messagesAdded(), ours.size());

            // Each message at its original moment, sent or received as written, under its Trasloco id.
            Map<String, Message> messages = new HashMap<>();
            for (ConversationSummary summary : workspace.conversations()) {
                workspace.forEachMessage(summary.network(), summary.key(), m -> messages.put(m.id(), m));
            }
            for (List<JsonNode> rows : byConversation.values()) {
                for (JsonNode row : rows) {
                    Message message = messages.get(row.path("remoteMsgId").asText());
                    Instant expected = message.instant() != null ? message.instant()
                            : message.timestamp().atZone(Fixtures.ROME).toInstant();
                    assertEquals(expected.toEpochMilli(), row.path("timeSent").asLong(), message.toString());
                    assertEquals("Jess Moreau".equals(message.author()) ? 7 : 0, row.path("status").asLong(), message.toString());
                }
            }
            List<JsonNode> nonna = byConversation.get(PhoneBackups.MAMMA_UUID);
            assertTrue(nonna.stream().anyMatch(r -> r.path("body").asText()
                    .equals("Il mio giardino quest'anno 🌷\n[Photo: " + NonnaChat.PHOTO + " (not included)]")), nonna.toString());
            assertTrue(nonna.stream().allMatch(r -> r.path("counterpart").asText().equals("mamma@example.org")));
            List<JsonNode> family = byConversation.get(PhoneBackups.FAMILY_UUID);
            assertTrue(family.stream().anyMatch(r -> r.path("counterpart").asText().equals("family@groups.example.org/Ada")), family.toString());
            // System lines and the deleted message stay out; nothing the app would resend.
            assertTrue(result.linesLeftOut() > 0);
            assertTrue(nonna.stream().noneMatch(r -> r.path("body").asText().contains("end-to-end encrypted")));

            // Left out, with reasons: the hikers' room the app has not joined, a direct chat given a room,
            // the channel, chats with no address.
            Map<String, String> skipped = new HashMap<>();
            result.skipped().forEach(s -> skipped.put(s.title(), s.reason().format(Locale.ENGLISH)));
            assertTrue(skipped.get("Hikers").contains("has not joined the group chat hikers@groups.example.org"), skipped.toString());
            assertTrue(skipped.get("Sunday ride").contains("a direct chat needs a person"), skipped.toString());
            assertTrue(skipped.get("Lighthouse Notes").contains("channels"), skipped.toString());
            assertTrue(skipped.get("Weather Bot").contains("no XMPP address"), skipped.toString());
            assertTrue(result.warningIfAny().isEmpty(), "the app's own messages are newer than the history");

            // Again on the new backup: nothing twice.
            Path again = dir.resolve("again.ceb");
            AppBackupResult second = ConversationsBackup.addHistory(workspace, options(out, again),
                    PhoneBackups.PASSWORD.toCharArray(), addresses(), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(0, second.messagesAdded());
            assertEquals(result.messagesAdded(), second.messagesAlreadyThere());
            assertEquals(0, second.conversationsAdded());
            PhoneBackups.Opened twice = PhoneBackups.open(again, PhoneBackups.PASSWORD);
            assertEquals(after.rows().size(), twice.rows().size());
        }
    }

    @Test
    void warnsWhenTheHistoryIsNewerThanWhatTheAppHas() throws Exception {
        Path in = dir.resolve("old.ceb");
        PhoneBackups.write(in, Instant.parse("2023-01-01T00:00:00Z"), PhoneBackups.PASSWORD);
        try (Workspace workspace = workspace()) {
            AppBackupResult result = ConversationsBackup.addHistory(workspace, options(in, dir.resolve("out.ceb")),
                    PhoneBackups.PASSWORD.toCharArray(), addresses(), ProgressListener.NONE, Cancellation.NEVER);
            String warning = result.warningIfAny().orElseThrow().format(Locale.ENGLISH);
            assertTrue(warning.contains("2023-01-01") && warning.contains("2024-"), warning);
        }
    }

    @Test
    void refusesAWrongPasswordAnOldOrUnknownVersionAndAMismatchedAccountLeavingNothing() throws Exception {
        Path in = dir.resolve("in.ceb");
        PhoneBackups.write(in, APP_NEWEST, PhoneBackups.PASSWORD);
        Path out = dir.resolve("out.ceb");
        try (Workspace workspace = workspace()) {
            TraslocoException wrong = refused(workspace, in, out, "not the password");
            assertTrue(wrong.message(Locale.ENGLISH).contains("does not open with this password"), wrong.getMessage());

            Path old = header(dir.resolve("old.ceb"), 1);
            assertTrue(refused(workspace, old, out, PhoneBackups.PASSWORD).message(Locale.ENGLISH)
                    .contains("Conversations 2.12.8 or older (format 1)"));
            Path future = header(dir.resolve("future.ceb"), 3);
            assertTrue(refused(workspace, future, out, PhoneBackups.PASSWORD).message(Locale.ENGLISH).contains("format version 3"));
            Path text = Files.writeString(dir.resolve("notes.ceb"), "not a backup at all");
            assertEquals(TraslocoException.Kind.BAD_INPUT, refused(workspace, text, out, PhoneBackups.PASSWORD).kind());

            Path mismatched = dir.resolve("mismatched.ceb");
            PhoneBackups.write(mismatched, APP_NEWEST, "an older password");
            assertTrue(refused(workspace, mismatched, out, PhoneBackups.PASSWORD).message(Locale.ENGLISH)
                    .contains("does not match its header"));

            // A flipped byte near the end: the tag check fails after the whole file was read, and no output is left.
            byte[] bytes = Files.readAllBytes(in);
            bytes[bytes.length - 3] ^= 0x40;
            Path damaged = Files.write(dir.resolve("damaged.ceb"), bytes);
            assertEquals(TraslocoException.Kind.BAD_INPUT, refused(workspace, damaged, out, PhoneBackups.PASSWORD).kind());
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".out.ceb")
                        || p.getFileName().toString().equals("out.ceb")), "nothing half-written");
            }
        }
    }

    private TraslocoException refused(Workspace workspace, Path in, Path out, String password) {
        TraslocoException e = assertThrows(TraslocoException.class, () -> ConversationsBackup.addHistory(workspace,
                options(in, out), password.toCharArray(), addresses(), ProgressListener.NONE, Cancellation.NEVER));
        assertEquals(TraslocoException.Kind.BAD_INPUT, e.kind(), e.getMessage());
        assertTrue(e.message(Locale.ENGLISH).contains(in.toString()), e.getMessage());
        return e;
    }

    private static Path header(Path file, int version) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(version);
            out.writeUTF("Conversations");
            out.writeUTF(PhoneBackups.ACCOUNT);
            out.writeLong(0);
            out.write(new byte[28]);
            out.write("INSERT INTO accounts VALUES('x');".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }

    private Workspace workspace() throws IOException {
        return Fixtures.importInto(dir.resolve("w.trasloco"), Stream.concat(Stream.of(Fixtures.family(dir)),
                Stream.of(NonnaChat.write(dir))).toArray(Path[]::new));
    }

    private static AppBackupOptions options(Path in, Path out) {
        return AppBackupOptions.of(in, out, Locale.ENGLISH, Set.of("Jess Moreau"))
                .withZone(Fixtures.ROME).withMadeAt(Instant.parse("2025-12-05T12:00:00Z"));
    }

    /** The people step's answers: who each chat is with in the app. */
    private static Function<ConversationSummary, Optional<AppCounterpart>> addresses() {
        return conversation -> Optional.ofNullable(switch (conversation.title()) {
            case "Nonna Rosa", "Mamma" -> new AppCounterpart.Person("mamma@example.org");
            case "Mira" -> new AppCounterpart.Person("Mira@Example.org");
            case "Family group" -> new AppCounterpart.Room("family@groups.example.org", "Jess");
            case "Hikers" -> new AppCounterpart.Room("hikers@groups.example.org", "Jess");
            case "Sunday ride" -> new AppCounterpart.Room("ride@groups.example.org", "Jess");
            case "Lighthouse Notes" -> new AppCounterpart.Person("lighthouse@example.org");
            default -> null;
        });
    }

    private static Set<String> addedMessageUuids(JsonNode before, JsonNode after) {
        Set<String> old = new HashSet<>();
        before.forEach(row -> old.add(row.path("values").path("uuid").asText()));
        Set<String> added = new HashSet<>();
        after.forEach(row -> {
            String uuid = row.path("values").path("uuid").asText();
            if ("messages".equals(row.path("table").asText()) && !old.contains(uuid)) {
                added.add(uuid);
            }
        });
        return added;
    }

    private static boolean isNewConversation(JsonNode before, JsonNode row) {
        if (!"conversations".equals(row.path("table").asText())) {
            return false;
        }
        for (JsonNode old : before) {
            if (old.equals(row)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode conversationWith(JsonNode rows, String address) {
        for (JsonNode row : rows) {
            if ("conversations".equals(row.path("table").asText()) && address.equals(row.path("values").path("contactJid").asText())) {
                return row.path("values");
            }
        }
        throw new AssertionError("no conversation with " + address);
    }

}
