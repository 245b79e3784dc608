package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.Network;
import org.trasloco.xmpp.archive.protocol.ImportRequest;
import org.trasloco.xmpp.archive.protocol.ImportResult;
import org.trasloco.xmpp.archive.protocol.ImportResultProvider;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.TestEjabberd;

/**
 * What is particular to ejabberd's archive, where an item's id is its time in microseconds: messages
 * of the same second get ids of their own, in the order they were sent, and an archive emptied by
 * the operator, or the archive of an account removed and created again, takes the same messages
 * again (the module's index of imported keys follows the archive). Each subclass starts one
 * ejabberd with a storage of mod_mam.
 */
abstract class EjabberdArchiveIdsCases {

    private static final Instant SECOND = Instant.parse("2019-05-04T10:15:30Z");

    @Test
    void messagesOfOneSecondKeepTheirOrderUnderIdsOfTheirOwn(TestEjabberd ejabberd) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(ejabberd, "anna");
        List<ArchiveEntry> first = sameSecond(anna, "first", 5);
        List<ArchiveEntry> then = sameSecond(anna, "then", 2);
        List<ArchivedItem> items = new ArrayList<>();
        try (XmppSession session = anna.open()) {
            ImportResultProvider.ensureRegistered();
            session.request(new ImportRequest(first, false), ArchiveMessages.STEP_IMPORT);
            session.request(new ImportRequest(then, false), ArchiveMessages.STEP_IMPORT);
            new ArchiveReader(session).read(null, null, items::add);
        }
        List<String> sent = new ArrayList<>();
        first.forEach(entry -> sent.add(entry.id()));
        then.forEach(entry -> sent.add(entry.id()));
        assertEquals(sent, items.stream().map(ArchivedItem::originId).toList(), "the order they were sent in");
        long base = SECOND.getEpochSecond() * 1_000_000;
        for (int i = 0; i < items.size(); i++) {
            assertEquals(Long.toString(base + i), items.get(i).archiveId(), "the second and the next free microsecond");
            assertEquals(SECOND, items.get(i).stamp().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Test
    void anArchiveTheOperatorEmptiedTakesTheSameMessagesAgain(TestEjabberd ejabberd) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(ejabberd, "anna");
        List<ArchiveEntry> three = sameSecond(anna, "again", 3);
        ImportResultProvider.ensureRegistered();
        try (XmppSession session = anna.open()) {
            ImportResult stored = session.request(new ImportRequest(three, false), ArchiveMessages.STEP_IMPORT);
            assertEquals(3, stored.added());
        }
        String name = anna.jid().substring(0, anna.jid().indexOf('@'));
        ejabberd.command("remove_mam_for_user", Map.of("user", name, "server", ejabberd.domain()));
        try (XmppSession session = anna.open()) {
            assertEquals(0, new ArchiveReader(session).read(null, null, item -> { }), "the operator emptied it");
            ImportResult again = session.request(new ImportRequest(three, false), ArchiveMessages.STEP_IMPORT);
            assertEquals(3, again.added(), "not 'existing': they are gone from the archive");
            assertEquals(3, new ArchiveReader(session).read(null, null, item -> { }));
        }
    }

    @Test
    void anAccountRemovedAndCreatedAgainTakesTheSameMessagesAgain(TestEjabberd ejabberd) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(ejabberd, "anna");
        List<ArchiveEntry> two = sameSecond(anna, "renewed", 2);
        ImportResultProvider.ensureRegistered();
        try (XmppSession session = anna.open()) {
            assertEquals(2, session.<ImportResult>request(new ImportRequest(two, false), ArchiveMessages.STEP_IMPORT)
                    .added());
        }
        String name = anna.jid().substring(0, anna.jid().indexOf('@'));
        ejabberd.command("unregister", Map.of("user", name, "host", ejabberd.domain()));
        ejabberd.registerUser(name, anna.password());
        try (XmppSession session = anna.open()) {
            assertEquals(2, session.<ImportResult>request(new ImportRequest(two, false), ArchiveMessages.STEP_IMPORT)
                    .added(), "the new account's archive is empty, and its index too");
        }
    }

    private static List<ArchiveEntry> sameSecond(ArchiveAccount anna, String prefix, int count) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new ArchiveEntry(prefix + "-" + i, Network.WHATSAPP, "chat", SECOND, i % 2 == 0 ? anna.jid()
                    : "bob@example.org", i % 2 == 0 ? "bob@example.org" : anna.jid(), prefix + " " + i, List.of(), false));
        }
        return entries;
    }
}
