package org.trasloco.importers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Participant;
import org.trasloco.core.history.TextSpan;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.telegram.chat.TelegramMessages;

class TelegramJsonReaderTest {

    private static final String MIRA_CHAT = "user7011223344";

    /** A "Export chat history" JSON of Telegram Desktop 5.x: entities, replies, forwards, calls, media. */
    @Test
    void readsModernSingleChatExport() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-personal/json"));

        assertEquals(1, sink.ended.size());
        assertEquals("Mira", sink.conversation(MIRA_CHAT).title());
        assertEquals(ConversationKind.DIRECT, sink.conversation(MIRA_CHAT).kind());
        assertEquals(13, sink.messages.size());

        Message first = sink.message(MIRA_CHAT, "101");
        assertEquals("Mira Volkova", first.author());
        assertEquals("user7011223344", first.authorId());
        assertEquals(LocalDateTime.parse("2024-01-14T09:30:00"), first.timestamp());
        assertEquals(Instant.parse("2024-01-14T08:30:00Z"), first.instant());
        assertEquals("Ciao! Are we still on for Sunday?", first.text());

        Message reply = sink.message(MIRA_CHAT, "102");
        assertEquals("Yes — see https://example.org/route", reply.text(), "text array flattened, trailing \"\" ignored");
        assertEquals(List.of(new TextSpan(TextSpan.Kind.FORMAT, 0, 3, "bold"), new TextSpan(TextSpan.Kind.LINK, 10, 35, null)),
                reply.spans());
        assertEquals("101", reply.replyTo());

        Message edited = sink.message(MIRA_CHAT, "103");
        assertEquals("I'll bring the map\nand  snacks ", edited.text());
        assertTrue(edited.edited());
        assertFalse(first.edited());

        Message photo = sink.message(MIRA_CHAT, "104");
        assertEquals(List.of(new Attachment("photos/photo_1@14-01-2024_11-31-40.jpg", "image/jpeg", true,
                "photos/photo_1@14-01-2024_11-31-40.jpg")), photo.attachments());
        assertFalse(photo.mediaOmitted());
        Message voice = sink.message(MIRA_CHAT, "105");
        assertTrue(voice.mediaOmitted(), "placeholder instead of a path: not included in the export");
        assertEquals(List.of(), voice.attachments());
        Message gpx = sink.message(MIRA_CHAT, "112");
        assertEquals(new Attachment("files/route.gpx", "application/gpx+xml", true, "files/route.gpx"),
                gpx.attachments().get(0), "the export's mime type when the name says nothing");

        assertEquals("Lighthouse Notes", sink.message(MIRA_CHAT, "106").forwardedFrom());
        assertNull(first.forwardedFrom());
    }

    @Test
    void callsPinsAndUnsupportedMessagesBecomeSystemLinesWordedAsTelegramDoes() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-personal/json"));

        Message outgoing = sink.message(MIRA_CHAT, "107");
        assertEquals(MessageKind.SYSTEM, outgoing.kind());
        assertNull(outgoing.author());
        assertEquals("user5012345678", outgoing.authorId());
        assertEquals("Outgoing call (63 seconds)", outgoing.text());
        assertEquals("Missed call", sink.message(MIRA_CHAT, "108").text());

        Message pin = sink.message(MIRA_CHAT, "109");
        assertEquals("Mira Volkova pinned this message", pin.text());
        assertEquals("102", pin.replyTo());

        Message unsupported = sink.message(MIRA_CHAT, "111");
        assertEquals(MessageKind.SYSTEM, unsupported.kind());
        assertTrue(unsupported.text().startsWith("This message is not supported"));
        assertTrue(unsupported.approximateTime(), "an unsupported message has no date of its own");
        assertEquals(sink.message(MIRA_CHAT, "110").timestamp(), unsupported.timestamp());
    }

    @Test
    void repairsTheInvalidEscapesTelegramWritesForControlCharacters() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-personal/json"));

        Message message = sink.message(MIRA_CHAT, "110");
        assertTrue(message.text().endsWith(" bell\u0007ring \\x41"), message.text());
        assertEquals(Instant.parse("2024-07-15T12:30:00Z"), message.instant(), "summer time from date_unixtime");
        assertTrue(message.spans().contains(new TextSpan(TextSpan.Kind.MENTION, 17, 23, null)), message.spans().toString());
        assertTrue(message.spans().stream().anyMatch(span -> "mailto:mira@example.org".equals(span.target())));
        assertTrue(message.spans().stream().anyMatch(span -> span.kind() == TextSpan.Kind.PHONE));
        assertTrue(message.spans().stream().anyMatch(span -> span.kind() == TextSpan.Kind.TAG));
        assertTrue(message.spans().stream().anyMatch(span -> "https://example.org/summer".equals(span.target())));
    }

    /** Telegram Desktop 4.1.1 wrote custom emoji paths without quotes, and no text_entities yet. */
    @Test
    void readsTheUnquotedCustomEmojiPathsOfVersion411() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-2022-json/result.json"));

        Message message = sink.message("user6033445566", "900");
        assertEquals("So happy 😮🎉 tab\there, unit\u001Fsep, quote \" and back\\slash", message.text());
        assertEquals(Instant.parse("2022-08-20T09:11:11Z"), message.instant());
        assertEquals("", sink.warningTexts());
    }

    /** "Export Telegram data" of 5.x: every kind of chat, left chats, contacts and personal information. */
    @Test
    void readsFullAccountExport() {
        RecordingSink sink = Fixtures.read(Fixtures.path("account-2024-json"));

        assertEquals(List.of("user5012345678", "chat4099887766", "channel1555666777", "channel1777000111", "user6099000111",
                "user6000000001", "user708513", "channel1444333222"), sink.ended.stream().map(c -> c.key()).toList());
        assertEquals(List.of("Saved Messages", "Family", "Hikers", "Lighthouse Notes", "Weather Bot", "Deleted Account",
                "Replies", "Old Neighbours"), sink.ended.stream().map(c -> c.title()).toList());
        assertEquals(List.of(ConversationKind.DIRECT, ConversationKind.GROUP, ConversationKind.GROUP, ConversationKind.CHANNEL,
                ConversationKind.DIRECT, ConversationKind.DIRECT, ConversationKind.DIRECT, ConversationKind.GROUP),
                sink.ended.stream().map(c -> c.kind()).toList());

        assertEquals(List.of(new PhoneBookEntry("Jess Moreau", List.of("+39 333 000 1111"), "user5012345678")), sink.owners);
        assertEquals(List.of(new PhoneBookEntry("Mira Volkova", List.of("+39 333 123 4567"), "user7011223344"),
                new PhoneBookEntry("Nonna", List.of("+39 06 1234567"), null)), sink.phoneBook,
                "an entry without name and phone is left out");
    }

    @Test
    void accountExportServiceLinesNameTheirActorsAndDeletedAccounts() {
        RecordingSink sink = Fixtures.read(Fixtures.path("account-2024-json"));

        String family = "chat4099887766";
        assertEquals("Jess Moreau created group «Family» with members Nonna Rosa", sink.message(family, "10").text());
        assertEquals("Deleted joined group by link from Deleted Account", sink.message(family, "16").text());
        assertEquals("Nonna Rosa boosted the group", sink.message(family, "17").text(), "a custom action has no action key");
        assertEquals("send payment", sink.message("user6099000111", "3").text(), "an action without actor or wording");
        assertEquals("2", sink.message("user6099000111", "3").replyTo(), "the invoice it pays");
        assertEquals("Channel «Lighthouse Notes» created", sink.message("channel1777000111", "1").text());

        Message deleted = sink.message("user6000000001", "1");
        assertEquals("Deleted Account", deleted.author());
        assertEquals("user999", deleted.authorId());
    }

    @Test
    void accountExportMediaAreCheckedAgainstTheFolder() {
        RecordingSink sink = Fixtures.read(Fixtures.path("account-2024-json"));

        String family = "chat4099887766";
        assertEquals(List.of(new Attachment("chats/chat_02/photos/photo_1@03-02-2024_10-00-00.jpg", "image/jpeg", true,
                "chats/chat_02/photos/photo_1@03-02-2024_10-00-00.jpg")), sink.message(family, "11").attachments());
        Attachment missing = sink.message(family, "12").attachments().get(0);
        assertFalse(missing.present(), "named in the export but not in its folder");
        assertNull(missing.location());
        assertTrue(sink.message(family, "13").mediaOmitted(), "too large to be exported");
        assertEquals("text/vcard", sink.message(family, "14").attachments().get(0).mediaType());
        assertTrue(sink.warningTexts().contains("1 file named in the export is not in its folder (the first: "
                + "chats/chat_02/photos/photo_2@03-02-2024_10-01-00.jpg)"), sink.warningTexts());
    }

    @Test
    void migratedGroupsRepliesAndChannelPostsKeepTheirIds() {
        RecordingSink sink = Fixtures.read(Fixtures.path("account-2024-json"));

        String hikers = "channel1555666777";
        assertEquals("-999999878", sink.message(hikers, "2").replyTo(), "reply into the history of the old basic group");
        assertEquals("-999999879", sink.message(hikers, "-999999878").replyTo());
        assertNull(sink.message(hikers, "3").replyTo(), "a reply to a post of another chat has no target here");
        assertEquals("3", sink.message(hikers, "4").replyTo(), "reply_to_peer_id naming this chat itself");
        assertNull(sink.message("user708513", "7").replyTo());

        Message post = sink.message("channel1777000111", "2");
        assertEquals("Lighthouse Notes", post.author(), "channel posts are from the channel; the signature is not the sender");
        assertEquals("channel1777000111", post.authorId());
        assertEquals("Saved from the hiking group", sink.message("user5012345678", "2").text());
        assertEquals("Mira Volkova", sink.message("user5012345678", "2").forwardedFrom());
    }

    @Test
    void participantsCarryTheirTelegramIds() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-personal/json"));

        List<Participant> people = sink.participants.get(MIRA_CHAT);
        assertEquals(List.of("Mira Volkova", "Jess Moreau"), people.stream().map(Participant::name).toList());
        assertEquals("user7011223344", people.get(0).platformId());
        assertEquals(6, people.get(0).messageCount(), "calls and pins are system lines, not written by anyone");
    }

    /** Telegram Desktop 1.x–2.3 (2019): bare numeric sender ids, encoded chat ids, "edited" everywhere, no unix times. */
    @Test
    void readsLegacyAccountExportOf2019InTheConfirmedZone() {
        RecordingSink sink = Fixtures.read(Fixtures.path("account-2019-json"));

        assertEquals(List.of("user12345678", "channel1122334455"), sink.ended.stream().map(c -> c.key()).toList());
        Message first = sink.message("user12345678", "5501");
        assertEquals("user12345678", first.authorId());
        assertEquals("Photos from the trip: https://example.org/trip", first.text());
        assertFalse(first.edited(), "the 1970 'edited' of old exports means: not edited");
        assertTrue(sink.message("user12345678", "5502").edited());
        assertEquals("user87654321", sink.message("user12345678", "5502").authorId());
        assertEquals(Instant.parse("2019-03-10T08:00:00Z"), first.instant());
        assertEquals(Instant.parse("2019-07-20T19:15:00Z"), sink.message("user12345678", "5503").instant(), "summer time");
        assertTrue(sink.warningTexts().contains("were read as Europe/Rome time"), sink.warningTexts());

        assertEquals("Town News", sink.message("channel1122334455", "13").author(), "old channel posts have no sender");
        assertEquals(List.of(new PhoneBookEntry("Jess Moreau", List.of("+39 333 000 1111"), "user87654321")), sink.owners);
        assertEquals(List.of(new PhoneBookEntry("Anna Bianchi", List.of("+39 347 555 0101"), null)), sink.phoneBook);
    }

    @Test
    void theConfirmedZoneDecidesTheInstantsOfOldExports() {
        RecordingSink sink = new RecordingSink();
        Fixtures.read(Fixtures.path("account-2019-json"), Fixtures.options().withZone(ZoneId.of("America/New_York")), sink);

        assertEquals(Instant.parse("2019-03-10T13:00:00Z"), sink.message("user12345678", "5501").instant());
        assertEquals(LocalDateTime.parse("2019-03-10T09:00:00"), sink.message("user12345678", "5501").timestamp());
    }

    /** Telegram Desktop 2.4–2.7.1 (2021): every id a number with the peer kind in its high bits. */
    @Test
    void decodesTheEncodedIdsOf2021() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-2021-json"));

        String key = "channel1333444555";
        assertEquals(ConversationKind.GROUP, sink.conversation(key).kind());
        assertEquals("user701122334", sink.message(key, "40").authorId());
        assertEquals("channel1333444555", sink.message(key, "42").authorId(), "an anonymous admin posts as the group");
        assertEquals("Deleted Account", sink.message(key, "42").forwardedFrom());
        assertEquals("Mira Volkova invited Tomás Ruiz and Deleted Account", sink.message(key, "43").text());
        assertEquals("user701122334", sink.message(key, "43").authorId());
    }

    @Test
    void editingAMessageBetweenTwoExportsKeepsItsId(@TempDir Path temp) throws IOException {
        Path later = Fixtures.copy("chat-pair-personal/json", temp.resolve("later"));
        Path json = later.resolve("result.json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        Files.writeString(json, text.replace("Ciao! Are we still on for Sunday?", "Ciao! Still on for Sunday?")
                .replace("\"from\": \"Mira Volkova\"", "\"from\": \"Mira V.\""), StandardCharsets.UTF_8);

        Message before = Fixtures.read(Fixtures.path("chat-pair-personal/json")).message(MIRA_CHAT, "101");
        Message after = Fixtures.read(later).message(MIRA_CHAT, "101");

        assertEquals("Ciao! Still on for Sunday?", after.text());
        assertEquals(before.id(), after.id());
    }

    @Test
    void truncatedExportIsRefusedUnlessAPartialReadIsAccepted(@TempDir Path temp) throws IOException {
        Path folder = Fixtures.copy("account-2024-json", temp.resolve("export"));
        Path json = folder.resolve("result.json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        Files.writeString(json, text.substring(0, text.indexOf("welcome to the supergroup")), StandardCharsets.UTF_8);

        TraslocoException refused = assertThrows(TraslocoException.class, () -> Fixtures.read(folder, Fixtures.options(),
                new RecordingSink()));
        assertEquals(TraslocoException.Kind.BAD_INPUT, refused.kind());
        assertEquals(TelegramMessages.TRUNCATED, refused.text().key());
        assertTrue(refused.message(Locale.ENGLISH).startsWith("result.json ends abruptly at line "),
                refused.message(Locale.ENGLISH));

        RecordingSink sink = new RecordingSink();
        ReadResult result = Fixtures.read(folder, Fixtures.options().withAcceptPartial(true), sink);
        assertTrue(result.partial());
        assertEquals(List.of("user5012345678", "chat4099887766", "channel1555666777"),
                sink.ended.stream().map(c -> c.key()).toList(), "the cut chat is ended with what it had");
        assertEquals(List.of("-999999880", "-999999879", "-999999878", "-999999877", "1"),
                sink.in("channel1555666777").stream().map(Message::platformId).toList());
        assertTrue(sink.warningTexts().contains("ends abruptly"), sink.warningTexts());
    }

    @Test
    void anExportCutAnywhereIsReportedAsTruncated(@TempDir Path temp) throws IOException {
        byte[] full = Files.readAllBytes(Fixtures.path("account-2024-json/result.json"));
        Path folder = Files.createDirectories(temp.resolve("cut"));
        long previous = 0;
        // From the first complete key on (before it, nothing says the file is a Telegram export).
        List<Integer> cuts = new ArrayList<>();
        for (int cut = 12; cut < full.length - 1; cut += 53) {
            cuts.add(cut);
        }
        cuts.add(full.length - 1);
        for (int cut : cuts) {
            Files.write(folder.resolve("result.json"), Arrays.copyOf(full, cut));
            String where = "cut after byte " + cut;
            TraslocoException refused = assertThrows(TraslocoException.class,
                    () -> Fixtures.read(folder, Fixtures.options(), new RecordingSink()), where);
            assertEquals(TelegramMessages.TRUNCATED, refused.text().key(), where + ": " + refused.getMessage());
            RecordingSink sink = new RecordingSink();
            ReadResult result = Fixtures.read(folder, Fixtures.options().withAcceptPartial(true), sink);
            assertTrue(result.partial(), where);
            assertTrue(sink.messages.size() >= previous, where);
            previous = sink.messages.size();
        }
        assertEquals(Fixtures.read(Fixtures.path("account-2024-json")).messages.size(), previous,
                "a file without its last bracket loses no message");
    }

    @Test
    void damagedJsonIsRefusedNamingLineAndColumn(@TempDir Path temp) throws IOException {
        Path json = temp.resolve("result.json");
        Files.writeString(json, "{\n \"name\": \"Mira\",\n \"type\": \"personal_chat\",\n \"id\": 1,\n \"messages\": [\n"
                + "  {\"id\": 1, \"type\": \"message\", \"date\": \"2024-01-01T00:00:00\" \"text\": \"x\"}\n ]\n}");

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> Fixtures.read(json, Fixtures.options(), new RecordingSink()));
        assertEquals(TelegramMessages.BAD_JSON, error.text().key());
        assertTrue(error.message(Locale.ENGLISH).startsWith("result.json is damaged near line 6, column "),
                error.message(Locale.ENGLISH));
    }

    @Test
    void jsonOfAnotherProgramIsNotATelegramExport(@TempDir Path temp) throws IOException {
        Path json = temp.resolve("result.json");
        Files.writeString(json, "{\"version\": 2, \"messages\": [{\"id\": 1}]}");

        assertFalse(new TelegramReader().recognizes(json));
        assertFalse(new TelegramReader().recognizes(temp));
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> Fixtures.read(json, Fixtures.options(), new RecordingSink()));
        assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
    }

    @Test
    void mediaPathsLeavingTheExportFolderAreRefused(@TempDir Path temp) throws IOException {
        for (String path : List.of("../../secret.txt", "/etc/passwd", "photos/../../secret.txt")) {
            Path folder = Files.createDirectories(temp.resolve("export" + path.length()));
            Files.writeString(folder.resolve("result.json"), singleMessageChat("\"photo\": \"" + path + "\","));

            TraslocoException error = assertThrows(TraslocoException.class,
                    () -> Fixtures.read(folder, Fixtures.options(), new RecordingSink()), path);
            assertEquals(TelegramMessages.PATH_ESCAPES, error.text().key(), path);
            assertTrue(error.message(Locale.ENGLISH).contains("message 7"), error.message(Locale.ENGLISH));
        }
    }

    @Test
    void linksInsideTheExportPointingOutsideAreRefused(@TempDir Path temp) throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for upload");
        Path folder = Files.createDirectories(temp.resolve("export"));
        Files.createDirectories(folder.resolve("files"));
        Files.createSymbolicLink(folder.resolve("files/notes.txt"), secret);
        Files.writeString(folder.resolve("result.json"), singleMessageChat("\"file\": \"files/notes.txt\","));

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> Fixtures.read(folder, Fixtures.options(), new RecordingSink()));
        assertEquals(TelegramMessages.PATH_ESCAPES, error.text().key());
    }

    private static String singleMessageChat(String media) {
        return "{\n \"name\": \"Mira\",\n \"type\": \"personal_chat\",\n \"id\": 1,\n \"messages\": [\n  {\n"
                + "   \"id\": 7,\n   \"type\": \"message\",\n   \"date\": \"2024-01-01T10:00:00\",\n"
                + "   \"date_unixtime\": \"1704099600\",\n   \"from\": \"Mira\",\n   \"from_id\": \"user1\",\n   " + media
                + "\n   \"text\": \"\",\n   \"text_entities\": []\n  }\n ]\n}";
    }
}
