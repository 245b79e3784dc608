package org.trasloco.xmpp.archive.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.Network;
import org.trasloco.xmpp.archive.ArchiveEntry;

/** The digest of the archive-import protocol (section 8), with the test vector of the protocol document. */
class ItemDigestsTest {

    private static final ArchiveEntry SENT = new ArchiveEntry("wa-3f9c1a7e02", Network.WHATSAPP, "bruno",
            Instant.parse("2016-03-01T09:00:00Z"), "anna@example.org", "bruno@example.net",
            "See you at eight & bring the photos", List.of(), false);
    private static final ArchiveEntry RECEIVED = new ArchiveEntry("wa-3f9c1a7e03", Network.WHATSAPP, "bruno",
            Instant.parse("2016-03-01T09:07:00Z"), "bruno@example.net", "anna@example.org", "Ok! \uD83D\uDC4D",
            List.of("https://upload.example.org/a.jpg", "https://upload.example.org/b.jpg"), false);

    @Test
    void theProtocolDocumentsTestVector() {
        ItemDigests digests = new ItemDigests();
        digests.add(SENT);
        digests.add(RECEIVED);
        assertEquals(2, digests.count());
        assertEquals("ce7b801eb35b8b238602be09a7b13d4780ae9e8fef9e7b10dffef941f6b702ef", digests.sha256Hex());
    }

    @Test
    void theOrderOfTheItemsDoesNotMatterButACopyDoes() {
        ItemDigests reversed = new ItemDigests();
        reversed.add(RECEIVED);
        reversed.add(SENT);
        assertEquals("ce7b801eb35b8b238602be09a7b13d4780ae9e8fef9e7b10dffef941f6b702ef", reversed.sha256Hex());
        reversed.add(SENT);
        assertNotEquals("ce7b801eb35b8b238602be09a7b13d4780ae9e8fef9e7b10dffef941f6b702ef", reversed.sha256Hex());
    }

    @Test
    void everyFieldCounts() {
        String both = digest(SENT, RECEIVED);
        assertNotEquals(both, digest(SENT, RECEIVED.withLinks(List.of("https://upload.example.org/a.jpg"))));
        assertNotEquals(both, digest(SENT, new ArchiveEntry(RECEIVED.id(), Network.WHATSAPP, "bruno",
                RECEIVED.instant().plusSeconds(1), RECEIVED.from(), RECEIVED.to(), RECEIVED.body(), RECEIVED.links(),
                false)));
        assertNotEquals(both, digest(SENT, new ArchiveEntry(RECEIVED.id(), Network.WHATSAPP, "bruno",
                RECEIVED.instant(), RECEIVED.from(), RECEIVED.to(), "Ok!", RECEIVED.links(), false)));
        assertNotEquals(both, digest(SENT, new ArchiveEntry(RECEIVED.id(), Network.WHATSAPP, "bruno",
                RECEIVED.instant(), RECEIVED.to(), RECEIVED.from(), RECEIVED.body(), RECEIVED.links(), false)));
    }

    private static String digest(ArchiveEntry... entries) {
        ItemDigests digests = new ItemDigests();
        for (ArchiveEntry entry : entries) {
            digests.add(entry);
        }
        return digests.sha256Hex();
    }
}
