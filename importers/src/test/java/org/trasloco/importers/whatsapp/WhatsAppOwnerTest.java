package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.ReadOptions;

/** "You deleted this message" stands under the exporter's own name: the reader reports them as the owner. */
class WhatsAppOwnerTest {

    @TempDir
    Path dir;

    @Test
    void theAuthorOfYouDeletedThisMessageIsTheExporter() throws Exception {
        assertEquals(List.of(new PhoneBookEntry("Sam", List.of(), null)), owners(fixture("p17c-ios-en-omitted-deleted-edited")));
    }

    @Test
    void itWorksInItalianAndForANumberTooAndOnlyOnce() throws IOException {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Anna.txt"), """
                14/02/2024, 09:12 - Anna: ciao
                14/02/2024, 09:13 - ‪+39 347 000 1111‬: Hai eliminato questo messaggio
                14/02/2024, 09:14 - Anna: Questo messaggio è stato eliminato
                14/02/2024, 09:15 - ‪+39 347 000 1111‬: Hai eliminato questo messaggio
                """);
        assertEquals(List.of(new PhoneBookEntry("+39 347 000 1111", List.of("+393470001111"), null)), owners(chat));
    }

    @Test
    void someoneElsesDeletedMessageOrASystemLineInTheSecondPersonNamesNobody() throws Exception {
        assertEquals(List.of(), owners(fixture("p14-android-system-messages")));
        assertEquals(List.of(), owners(fixture("p09a-ios-pseudo-authors")));
    }

    private static Path fixture(String name) throws Exception {
        return Paths.get(WhatsAppOwnerTest.class.getResource("fixtures/" + name + "/chat.txt").toURI());
    }

    private static List<PhoneBookEntry> owners(Path chat) {
        List<PhoneBookEntry> owners = new ArrayList<>();
        HistorySink sink = new HistorySink() {
            @Override
            public void beginConversation(Conversation conversation) {
            }

            @Override
            public void message(Message message) {
            }

            @Override
            public void warning(ImportWarning warning) {
            }

            @Override
            public void endConversation(Conversation conversation, List<Participant> participants) {
            }

            @Override
            public void owner(PhoneBookEntry owner) {
                owners.add(owner);
            }
        };
        new WhatsAppReader().read(chat, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER);
        return owners;
    }
}
