package org.trasloco.importers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Message;
import org.trasloco.importers.telegram.chat.TelegramMessages;

/**
 * A Telegram JSON export changed by hand or by a broken tool (issue 16): values of the wrong kind
 * used to be changed silently (a numeric text became empty, a numeric sender "Deleted Account",
 * entries that are no message vanished, a bad date took the time before it, a negative time stamp
 * gave the year 0000). Each is now read as well as it can be and warned about, naming the message.
 */
class TelegramJsonWrongTypesTest {

    @TempDir
    Path dir;

    @Test
    void valuesOfTheWrongKindAreReadAndNamedInAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("result.json"), """
                {"name": "Mira", "type": "personal_chat", "id": 7011223344, "messages": [
                 {"id": 1, "type": "message", "date": "2024-03-10T09:00:00", "date_unixtime": "1710057600",
                  "from": 7, "from_id": "user7011223344", "text": 42},
                 "not a message",
                 {"id": 2, "type": "message", "date": "yesterday", "from": "Mira", "from_id": "user7011223344",
                  "text": "bad date"},
                 {"id": 3, "type": "message", "date": "2024-03-10T09:05:00", "date_unixtime": "-62135596800",
                  "from": "Mira", "from_id": "user7011223344", "text": "negative"}
                ]}
                """);
        RecordingSink sink = Fixtures.read(file);

        Message numeric = message(sink, "1");
        assertEquals("42", numeric.text());
        assertEquals("7", numeric.author());
        assertEquals(LocalDateTime.of(2024, 3, 10, 9, 5), message(sink, "3").timestamp());
        assertTrue(message(sink, "3").instant().toString().startsWith("2024-03-10"), message(sink, "3").instant().toString());
        assertTrue(message(sink, "2").approximateTime());
        String warnings = sink.warningTexts();
        assertWarned(sink, TelegramMessages.WARN_WRONG_TYPE, "1");
        assertWarned(sink, TelegramMessages.WARN_NOT_A_MESSAGE, null);
        assertWarned(sink, TelegramMessages.WARN_BAD_DATE, "2");
        assertWarned(sink, TelegramMessages.WARN_BAD_UNIXTIME, "3");
        assertTrue(warnings.contains("Message 1: its \"text\" holds 42"), warnings);
    }

    @Test
    void deepNestingIsReportedAsSuchNotAsAnUnreadableFile() throws IOException {
        Path file = Files.writeString(dir.resolve("result.json"), "{\"name\": \"x\", \"type\": \"personal_chat\", "
                + "\"id\": 1, \"messages\": [{\"id\": 1, \"text\": " + "[".repeat(5000) + "]".repeat(5000) + "}]}");
        TraslocoException error = assertThrows(TraslocoException.class, () -> Fixtures.read(file));
        assertEquals(TelegramMessages.TOO_DEEP, error.text().key(), error.getMessage());
        assertTrue(error.getMessage().contains("result.json"), error.getMessage());
    }

    private static Message message(RecordingSink sink, String id) {
        return sink.messages.stream().filter(m -> m.platformId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + id + "; " + sink.warningTexts()));
    }

    private static void assertWarned(RecordingSink sink, TelegramMessages key, String messageId) {
        assertTrue(sink.warnings.stream().anyMatch(w -> w.text().key() == key
                && (messageId == null || messageId.equals(String.valueOf(w.text().args().get(0))))),
                key + " for " + messageId + " in:\n" + sink.warningTexts());
    }
}
