package org.trasloco.importers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Network;
import org.trasloco.core.testing.BundleAssertions;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.telegram.chat.TelegramMessages;

class TelegramDetectionTest {

    private final TelegramReader reader = new TelegramReader();

    @Test
    void recognisesEveryWayOfPointingAtAnExport() {
        for (String path : List.of("chat-pair-personal/json", "chat-pair-personal/json/result.json",
                "chat-pair-personal/html", "chat-pair-personal/html/messages.html", "chat-pair-group/html/messages3.html",
                "account-2024-json", "account-2024-html", "account-2024-html/export_results.html",
                "account-2024-html/chats/chat_2")) {
            assertTrue(reader.recognizes(Fixtures.path(path)), path);
        }
        assertFalse(reader.recognizes(Fixtures.path("account-2024-html/lists/chats.html")));
        assertFalse(reader.recognizes(Fixtures.path("chat-pair-personal/json/files/route.gpx")));
    }

    @Test
    void theStandardDetectorFindsTelegramExportsInAFolderOfDownloads() {
        List<ExportDetector.Source> sources = ExportDetector.standard().discover(Fixtures.path("chat-pair-group"));

        assertEquals(2, sources.size());
        assertTrue(sources.stream().allMatch(source -> source.reader().network() == Network.TELEGRAM));
    }

    /** "HTML and JSON" (since 4.9.6) writes both into one folder: the JSON has ids and exact times. */
    @Test
    void anExportInBothFormatsIsReadFromItsJson(@TempDir Path temp) throws IOException {
        Path both = Fixtures.copy("chat-pair-personal/html", temp.resolve("both"));
        Files.copy(Fixtures.path("chat-pair-personal/json/result.json"), both.resolve("result.json"));

        for (Path path : List.of(both, both.resolve("messages.html"))) {
            RecordingSink sink = new RecordingSink();
            ReadResult result = Fixtures.read(path, Fixtures.options(), sink);
            assertEquals("telegram-json-chat", result.format(), path.toString());
            assertEquals("user7011223344", sink.ended.get(0).key());
        }
    }

    @Test
    void reportsTheFormatItRead() {
        assertEquals("telegram-json-account",
                Fixtures.read(Fixtures.path("account-2024-json"), Fixtures.options(), new RecordingSink()).format());
        assertEquals("telegram-html-account",
                Fixtures.read(Fixtures.path("account-2024-html"), Fixtures.options(), new RecordingSink()).format());
        assertEquals("telegram-html-chat",
                Fixtures.read(Fixtures.path("chat-2021-html"), Fixtures.options(), new RecordingSink()).format());
    }

    @Test
    void everyTelegramTextIsTranslatedInEveryLanguage() {
        BundleAssertions.assertComplete(TelegramMessages.class);
    }
}
