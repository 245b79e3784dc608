package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.archive.verify.ArchiveDigest;
import org.trasloco.xmpp.archive.verify.ArchiveDigestProvider;
import org.trasloco.xmpp.archive.verify.DigestRequest;
import org.trasloco.xmpp.archive.verify.ItemDigests;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/** Changing imported items on Prosody's internal storage (the list file rewritten, its index kept). */
class ArchiveChangesIT extends ArchiveChangesCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(config(ProsodyConfig.Storage.INTERNAL));

    static ProsodyConfig config(ProsodyConfig.Storage storage) {
        return ProsodyConfig.defaults().withStorage(storage).withDirectTls(false).withModule("archive_import")
                .withGlobal("archive_import_rate = 0");
    }

    @Override
    void checkDigest(ArchiveAccount account, String with, List<ArchiveEntry> expected) throws Exception {
        checkProsodyDigest(account, with, expected);
    }

    /** Prosody's digest, from the store MAM reads, shows the change. */
    static void checkProsodyDigest(ArchiveAccount account, String with, List<ArchiveEntry> expected) throws Exception {
        ArchiveDigestProvider.ensureRegistered();
        ItemDigests digests = new ItemDigests();
        expected.forEach(digests::add);
        try (XmppSession session = account.open()) {
            DigestRequest request = new DigestRequest(null);
            request.setStanzaId();
            ArchiveDigest digest = session.request(request, ArchiveMessages.STEP_READ_BACK);
            ArchiveDigest.Conversation conversation = digest.conversations().stream()
                    .filter(c -> c.with().equals(with)).findFirst().orElseThrow();
            assertEquals(digests.count(), conversation.items());
            assertEquals(digests.sha256Hex(), conversation.sha256());
        }
    }
}
