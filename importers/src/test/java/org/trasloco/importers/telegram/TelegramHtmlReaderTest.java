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
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.telegram.chat.TelegramMessages;

class TelegramHtmlReaderTest {

    private static final String BOOK_CLUB = "title:Book Club";

    /** A group chat split over messages.html, messages2.html and messages3.html. */
    @Test
    void readsEveryPageInOrderWithJoinedMessagesTakingTheirAuthor() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-group/html/messages2.html"));

        assertEquals(List.of(BOOK_CLUB), sink.ended.stream().map(c -> c.key()).toList());
        assertEquals("Book Club", sink.ended.get(0).title(), "the header's trailing space is not part of the name");
        assertEquals(ConversationKind.GROUP, sink.ended.get(0).kind(), "told by the service lines");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"),
                sink.messages.stream().map(Message::platformId).toList());
        Message joined = sink.message(BOOK_CLUB, "4");
        assertEquals("Mira Volkova", joined.author(), "a joined message has the author of the one before");
        assertEquals("What are we reading?", joined.text());
        assertEquals("Deleted Account", sink.message(BOOK_CLUB, "8").author());
    }

    @Test
    void forwardsWithoutTheirHeaderTakeTheForwardNameBefore() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-group/html"));

        assertEquals("Ana Lima", sink.message(BOOK_CLUB, "6").forwardedFrom());
        assertEquals("From Ana:", sink.message(BOOK_CLUB, "6").text(), "the text of a forward is inside its block");
        assertEquals("Ana Lima", sink.message(BOOK_CLUB, "7").forwardedFrom(), "a batch forward shows the header once");
        assertEquals("Tomás Ruiz", sink.message(BOOK_CLUB, "7").author());
    }

    @Test
    void serviceLinesHaveAnApproximateTimeAndTheirTarget() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-group/html"));

        Message created = sink.message(BOOK_CLUB, "1");
        assertEquals(MessageKind.SYSTEM, created.kind());
        assertEquals("Jess Moreau created group «Book Club» with members Mira Volkova, Tomás Ruiz and Deleted Account",
                created.text());
        assertTrue(created.approximateTime());
        assertEquals(LocalDateTime.parse("2023-11-02T00:00"), created.timestamp(), "first line of the day: its date separator");
        Message invited = sink.message(BOOK_CLUB, "5");
        assertEquals(LocalDateTime.parse("2023-11-02T18:05:00"), invited.timestamp(), "the message before it");
        Message pinned = sink.message(BOOK_CLUB, "11");
        assertEquals("Ines Duarte pinned this message", pinned.text());
        assertEquals("3", pinned.replyTo(), "a link into an earlier page");
        assertEquals("6", sink.message(BOOK_CLUB, "12").replyTo());
    }

    /** Since 3.7.6 the title ends with the exporter's standard offset, the same in winter and summer. */
    @Test
    void theOffsetInTheTitleIsTheZonesStandardTimeNotThatOfEachMessage() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-personal/html"));

        String key = "title:Mira Volkova";
        assertEquals(Instant.parse("2024-01-14T08:30:00Z"), sink.message(key, "101").instant());
        assertEquals(Instant.parse("2024-07-15T12:30:00Z"), sink.message(key, "110").instant(),
                "14:30 in Rome in July is UTC+2, although the title says UTC+01:00");
        assertEquals("", sink.warningTexts());
    }

    @Test
    void aZoneThatDoesNotMatchTheWrittenOffsetIsNotUsed() {
        RecordingSink sink = new RecordingSink();
        Fixtures.read(Fixtures.path("chat-pair-personal/html"), Fixtures.options().withZone(ZoneId.of("America/New_York")),
                sink);

        assertEquals(Instant.parse("2024-07-15T13:30:00Z"), sink.message("title:Mira Volkova", "110").instant(),
                "the written offset, applied as it is");
        assertTrue(sink.warningTexts().contains("standard time is UTC+01:00, but America/New_York is at UTC-05:00"),
                sink.warningTexts());
    }

    /** Telegram Desktop before 3.7.6 wrote no zone at all. */
    @Test
    void oldPagesWithoutZoneAreReadInTheConfirmedZone() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-2021-html"));

        assertEquals(Instant.parse("2021-03-03T08:00:00Z"), sink.message("title:Mira Volkova", "40").instant());
        assertEquals(Instant.parse("2021-07-03T07:02:00Z"), sink.message("title:Mira Volkova", "41").instant());
        assertEquals("40", sink.message("title:Mira Volkova", "41").replyTo());
        assertTrue(sink.warningTexts().contains("were read as Europe/Rome time"), sink.warningTexts());
    }

    @Test
    void callsAreSystemLinesAsInJson() {
        RecordingSink sink = Fixtures.read(Fixtures.path("chat-pair-personal/html"));

        Message call = sink.message("title:Mira Volkova", "107");
        assertEquals(MessageKind.SYSTEM, call.kind());
        assertNull(call.author());
        assertEquals("Outgoing call (63 seconds)", call.text());
        assertFalse(call.approximateTime(), "calls carry their own time in HTML");
    }

    /** "Export Telegram data" as HTML: export_results.html, lists/, chats/chat_N/. */
    @Test
    void readsFullAccountExport() {
        RecordingSink sink = Fixtures.read(Fixtures.path("account-2024-html"));

        assertEquals(List.of("Mira Volkova", "Family", "Lighthouse Notes"), sink.ended.stream().map(c -> c.title()).toList(),
                "a listed chat without exported messages has no folder and is left out");
        assertEquals(List.of(ConversationKind.DIRECT, ConversationKind.GROUP, ConversationKind.CHANNEL),
                sink.ended.stream().map(c -> c.kind()).toList(), "the kinds the list of chats states");
        assertEquals(List.of(new PhoneBookEntry("Jess Moreau", List.of("+39 333 000 1111"), null)), sink.owners);
        assertEquals(List.of(new PhoneBookEntry("Mira Volkova", List.of("+39 333 123 4567"), null),
                new PhoneBookEntry("Nonna", List.of("+39 06 1234567"), null)), sink.phoneBook);

        String photo = "chats/chat_1/photos/photo_1@05-02-2024_09-00-00.jpg";
        assertEquals(List.of(new Attachment(photo, "image/jpeg", true, photo)),
                sink.message("title:Mira Volkova", "201").attachments(), "links ../../chats/… made relative to the export");
        assertTrue(sink.message("title:Family", "12").mediaOmitted(), "a photo over the size limit");
        assertFalse(sink.message("title:Family", "14").mediaOmitted(), "a location is no file");
        assertEquals("Lighthouse Notes", sink.message("title:Lighthouse Notes", "2").author());
        assertEquals("Channel «Lighthouse Notes» created", sink.message("title:Lighthouse Notes", "1").text());
    }

    @Test
    void aChatFolderOfAFullExportFindsItsMediaInTheExport() {
        RecordingSink sink = Fixtures.read(Fixtures.path("account-2024-html/chats/chat_1"));

        assertTrue(sink.message("title:Mira Volkova", "201").attachments().get(0).present());
    }

    @Test
    void aMissingPageIsRefusedBeforeAnythingIsRead(@TempDir Path temp) throws IOException {
        Path gap = Fixtures.copy("chat-pair-group/html", temp.resolve("gap"));
        Files.delete(gap.resolve("messages2.html"));
        RecordingSink sink = new RecordingSink();
        TraslocoException error = assertThrows(TraslocoException.class, () -> Fixtures.read(gap, Fixtures.options(), sink));
        assertEquals(TelegramMessages.MISSING_PAGE, error.text().key());
        assertTrue(error.message(Locale.ENGLISH).startsWith("messages2.html is missing."), error.message(Locale.ENGLISH));
        assertEquals(List.of(), sink.messages);

        Path end = Fixtures.copy("chat-pair-group/html", temp.resolve("end"));
        Files.delete(end.resolve("messages3.html"));
        error = assertThrows(TraslocoException.class, () -> Fixtures.read(end, Fixtures.options(), new RecordingSink()));
        assertTrue(error.message(Locale.ENGLISH).startsWith("messages3.html is missing."),
                "the last page left links to a next one: " + error.message(Locale.ENGLISH));
    }

    @Test
    void aChatFolderTheListLinksButTheCopyLacksIsRefused(@TempDir Path temp) throws IOException {
        Path export = Fixtures.copy("account-2024-html", temp.resolve("export"));
        Files.delete(export.resolve("chats/chat_3/messages.html"));
        Files.delete(export.resolve("chats/chat_3"));

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> Fixtures.read(export, Fixtures.options(), new RecordingSink()));
        assertEquals(TelegramMessages.MISSING_PAGE, error.text().key());
        assertTrue(error.message(Locale.ENGLISH).contains("chats/chat_3"), error.message(Locale.ENGLISH));
    }

    @Test
    void aPageCutShortIsRefusedUnlessAPartialReadIsAccepted(@TempDir Path temp) throws IOException {
        Path folder = Fixtures.copy("chat-pair-group/html", temp.resolve("cut"));
        Path last = folder.resolve("messages3.html");
        String page = Files.readString(last, StandardCharsets.UTF_8);
        Files.writeString(last, page.substring(0, page.indexOf("Custom")), StandardCharsets.UTF_8);

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> Fixtures.read(folder, Fixtures.options(), new RecordingSink()));
        assertEquals(TelegramMessages.TRUNCATED, error.text().key());

        RecordingSink sink = new RecordingSink();
        ReadResult result = Fixtures.read(folder, Fixtures.options().withAcceptPartial(true), sink);
        assertTrue(result.partial());
        assertEquals("12", sink.messages.get(sink.messages.size() - 1).platformId(), "the cut message is left out");
    }

    @Test
    void aPageWithoutMessageListIsRefused(@TempDir Path temp) throws IOException {
        Path folder = Fixtures.copy("chat-pair-group/html", temp.resolve("broken"));
        Files.writeString(folder.resolve("messages2.html"), "<!DOCTYPE html><html><head><title>Exported Data</title>"
                + "</head><body><div class=\"page_wrap\">half a page</div></body></html>");

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> Fixtures.read(folder, Fixtures.options(), new RecordingSink()));
        assertEquals(TelegramMessages.NOT_A_CHAT_PAGE, error.text().key());
    }

    @Test
    void linksLeavingTheExportFolderAreRefused(@TempDir Path temp) throws IOException {
        Path folder = Fixtures.copy("chat-pair-personal/html", temp.resolve("escape"));
        Path first = folder.resolve("messages.html");
        String page = Files.readString(first, StandardCharsets.UTF_8);
        Files.writeString(first, page.replace("href=\"photos/photo_1@14-01-2024_11-31-40.jpg\"",
                "href=\"../../../etc/passwd\""), StandardCharsets.UTF_8);

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> Fixtures.read(folder, Fixtures.options(), new RecordingSink()));
        assertEquals(TelegramMessages.PATH_ESCAPES, error.text().key());
        assertTrue(error.message(Locale.ENGLISH).startsWith("messages.html, message 104:"), error.message(Locale.ENGLISH));
    }
}
