package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.CollectingSink;
import org.trasloco.importers.ReadOptions;

/**
 * WhatsApp writes its own words (the encryption notice, "media omitted", "this message was deleted",
 * the edited marker) in its user's language: the reader reports that language with the chat, and
 * nothing when the export does not tell or tells two languages equally.
 */
class WhatsAppLanguageTest {

    @TempDir
    Path dir;

    @Test
    void anItalianAndroidExportIsItalian() throws Exception {
        assertEquals(List.of(Locale.ITALIAN), languages(fixture("p17a-android-it-markers")));
    }

    @Test
    void theMarkersOfIosAndOtherLanguagesTellTheirs() throws Exception {
        assertEquals(List.of(Locale.ENGLISH), languages(fixture("p17c-ios-en-omitted-deleted-edited")));
        assertEquals(List.of(Locale.GERMAN), languages(fixture("p17b-ios-de-markers")));
        assertEquals(List.of(Locale.forLanguageTag("es")), languages(fixture("p17d-android-es-markers")));
    }

    @Test
    void theEncryptionNoticeAloneIsEnough() throws Exception {
        assertEquals(List.of(Locale.ENGLISH), languages(fixture("p14-android-system-messages")));
    }

    @Test
    void aChatWithoutWhatsAppsOwnWordsTellsNothing() throws IOException {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Anna.txt"), """
                14/02/2024, 09:12 - Anna: ciao
                14/02/2024, 09:13 - Luca: Questo messaggio è stato scritto da me
                """);
        assertEquals(List.of(), languages(chat));
    }

    @Test
    void twoLanguagesSeenEquallyOftenTellNothing() throws IOException {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Anna.txt"), """
                14/02/2024, 09:12 - Anna: <Media omessi>
                14/02/2024, 09:13 - Luca: <Media omitted>
                14/02/2024, 09:14 - Luca: This message was deleted
                14/02/2024, 09:15 - Anna: Messaggio eliminato
                """);
        assertEquals(List.of(), languages(chat));
    }

    @Test
    void theMostFrequentLanguageWins() throws IOException {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Anna.txt"), """
                14/02/2024, 09:12 - Anna: <Media omessi>
                14/02/2024, 09:13 - Luca: <Media omessi>
                14/02/2024, 09:14 - Luca: This message was deleted
                """);
        assertEquals(List.of(Locale.ITALIAN), languages(chat));
    }

    @Test
    void everyPhraseGroupedByLanguageBelongsToOneLanguage() {
        WhatsAppMarkers markers = WhatsAppMarkers.get();
        assertEquals(Locale.ITALIAN, markers.languageOf("<MEDIA OMESSI>"));
        assertEquals(Locale.forLanguageTag("fr"), markers.languageOf("Ce message a été supprimé."));
        assertEquals(null, markers.languageOf("null"), "'null' is no language's");
        assertEquals(null, markers.languageOf("ciao"));
        assertEquals(Locale.forLanguageTag("nl"), markers.noticeLanguage("Berichten en oproepen zijn end-to-end versleuteld."));
        assertEquals(null, markers.noticeLanguage("Ada added Bob"));
    }

    private static Path fixture(String name) throws URISyntaxException, IOException {
        Path folder = Paths.get(WhatsAppLanguageTest.class.getResource("fixtures/" + name).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
    }

    private static List<Locale> languages(Path chat) {
        CollectingSink sink = new CollectingSink();
        new WhatsAppReader().read(chat, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER);
        return sink.languages;
    }
}
