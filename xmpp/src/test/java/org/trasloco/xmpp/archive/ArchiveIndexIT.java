package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.archive.protocol.ImportRequest;
import org.trasloco.xmpp.archive.protocol.ImportResult;
import org.trasloco.xmpp.archive.protocol.ImportResultProvider;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveDigest;
import org.trasloco.xmpp.archive.verify.ArchiveDigestProvider;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.DigestRequest;
import org.trasloco.xmpp.archive.verify.Finding;
import org.trasloco.xmpp.archive.verify.ItemDigests;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * The module on Prosody's internal storage with Prosody's own MAM page size (50): the index of each
 * user's archive file that spares reading the file for every request (the same id stored once across
 * requests, changes made behind the module's back followed), the digest request that confirms an
 * upload in one pass, and MAM paging at page boundaries.
 */
class ArchiveIndexIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGlobal("archive_import_rate = 0")
            .withGlobal("max_archive_query_results = 50"));

    private static final String BRUNO = "bruno@example.org";

    @TempDir
    Path dir;

    @Test
    void overlappingAndRepeatedRequestsStoreEachIdOnce(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        List<ArchiveEntry> entries = entries(anna.jid(), "overlap", 150, "2017-01-01T00:00:00Z");
        try (XmppSession session = anna.open()) {
            ImportResult first = importing(session, entries.subList(0, 100), null);
            ImportResult overlapping = importing(session, entries.subList(50, 150), null);
            ImportResult again = importing(session, entries.subList(0, 100), null);
            assertEquals(100, first.added());
            assertEquals(50, overlapping.added(), "ids 50 to 99 were there already");
            assertEquals(50, overlapping.items().stream().filter(ImportResult.Item::existing).count());
            assertEquals(0, again.added());

            Map<String, Integer> copies = new HashMap<>();
            long read = new ArchiveReader(session).read(null, null,
                    item -> copies.merge(item.originId(), 1, Integer::sum));
            assertEquals(150, read);
            assertEquals(150, copies.size());
            assertTrue(copies.values().stream().allMatch(n -> n == 1), "each id once");
        }
    }

    @Test
    void theIndexFollowsWhatOthersWriteIntoTheArchiveFile(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        ArchiveAccount bob = ArchiveAccount.register(prosody, "bob");
        List<ArchiveEntry> entries = entries(anna.jid(), "follow", 15, "2019-05-04T10:00:00Z");
        try (XmppSession session = anna.open()) {
            assertEquals(10, importing(session, entries.subList(0, 10), null).added());
        }
        // mod_mam appends a live message to the file the module has indexed.
        try (XmppSession session = bob.open()) {
            session.connection().sendStanza(StanzaBuilder.buildMessage().to(JidCreate.entityBareFrom(anna.jid()))
                    .ofType(Message.Type.chat).setBody("Welcome to XMPP!").build());
            session.request(new org.jivesoftware.smackx.ping.packet.Ping(session.connection().getXMPPServiceDomain()),
                    ArchiveMessages.STEP_IMPORT);
        }
        try (XmppSession session = anna.open()) {
            XMPPException.XMPPErrorException refused = assertThrows(XMPPException.XMPPErrorException.class,
                    () -> importing(session, entries.subList(10, 15), null));
            assertEquals(StanzaError.Condition.conflict, refused.getStanzaError().getCondition());
            assertNotNull(refused.getStanzaError().getExtension("live-messages", ArchiveImport.NAMESPACE),
                    "the module saw the live message appended after its index was made");
        }
        // A deletion rewrites the file: the index is read again and the deleted id can come back.
        String user = anna.jid().substring(0, anna.jid().indexOf('@'));
        prosody.shell(">require'core.storagemanager'.open('localhost','archive','archive'):delete('" + user
                + "', { key = 'follow-0' })");
        try (XmppSession session = anna.open()) {
            ImportResult again = importing(session, entries.subList(0, 10), "accept-live");
            assertEquals(1, again.added(), "only the deleted one is added again");
            assertEquals(11, new ArchiveReader(session).read(null, null, item -> { }), "ten imported, one live");
        }
    }

    @Test
    void theDigestMatchesTheMessagesAsSentAndMissingOnesAreNamed(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 3, 70, 12)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), false);
            PlanSummary summary = plan.summarize();
            new HistoryUploader(anna::open, workspace.uploadLedger(anna.jid()), plan, summary,
                    UploadSettings.of(UploadPath.IMPORT), new UploadControl(), UploadListener.NONE).run();

            Map<String, ItemDigests> expected = new HashMap<>();
            List<String> ids = new ArrayList<>();
            try (HistoryPlan.Entries entries = plan.open()) {
                entries.forEachRemaining(entry -> {
                    expected.computeIfAbsent(entry.with(anna.jid()), with -> new ItemDigests()).add(entry);
                    ids.add(entry.id());
                });
            }
            ArchiveDigestProvider.ensureRegistered();
            try (XmppSession session = anna.open()) {
                ArchiveDigest digest = session.request(new DigestRequest(null), ArchiveMessages.STEP_READ_BACK);
                assertEquals(summary.entries(), digest.items());
                assertEquals(expected.size(), digest.conversations().size(), "three chats and the group's notes");
                for (ArchiveDigest.Conversation conversation : digest.conversations()) {
                    ItemDigests mine = expected.get(conversation.with());
                    assertNotNull(mine, conversation.with());
                    assertEquals(mine.count(), conversation.items(), conversation.with());
                    assertEquals(mine.sha256Hex(), conversation.sha256(), conversation.with());
                }
                ArchiveDigest later = session.request(new DigestRequest(Instant.parse("2100-01-01T00:00:00Z")),
                        ArchiveMessages.STEP_READ_BACK);
                assertEquals(0, later.items(), "start filters by archive time");

                VerificationReport verified = new ArchiveVerifier(session).verify(plan, summary, null);
                assertTrue(verified.complete(), () -> String.join("\n", verified.details(Locale.ENGLISH)));
                assertEquals(summary.entries(), verified.archiveItems());
            }

            String user = anna.jid().substring(0, anna.jid().indexOf('@'));
            String gone = ids.get(ids.size() / 2);
            prosody.shell(">require'core.storagemanager'.open('localhost','archive','archive'):delete('" + user
                    + "', { key = '" + gone + "' })");
            try (XmppSession session = anna.open()) {
                VerificationReport verified = new ArchiveVerifier(session).verify(plan, summary, null);
                assertFalse(verified.complete());
                assertEquals(summary.entries() - 1, verified.confirmed());
                List<Finding> findings = verified.conversations().stream().flatMap(check -> check.findings().stream())
                        .toList();
                assertEquals(1, findings.size());
                assertEquals(Finding.Kind.MISSING, findings.get(0).kind());
                assertEquals(gone, findings.get(0).id());
            }
        }
    }

    @Test
    void mamPagesOfFiftyAreReadWholeAtTheirBoundaries(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        List<ArchiveEntry> entries = entries(anna.jid(), "page", 101, "2018-02-03T04:05:06Z");
        try (XmppSession session = anna.open()) {
            for (int size : new int[] {50, 100, 101}) {
                List<ArchiveEntry> batch = entries.subList(size == 50 ? 0 : size == 100 ? 50 : 100, size);
                importing(session, batch, null);
                List<String> read = new ArrayList<>();
                assertEquals(size, new ArchiveReader(session).read(null, null, item -> read.add(item.originId())));
                assertEquals(size, new HashSet<>(read).size(), "no item twice");
                assertEquals(entries.subList(0, size).stream().map(ArchiveEntry::id).toList(), read, "in archive order");
                Set<String> withBruno = new HashSet<>();
                new ArchiveReader(session).read(BRUNO, Instant.parse("2018-01-01T00:00:00Z"),
                        item -> withBruno.add(item.originId()));
                assertEquals(size, withBruno.size());
            }
        }
    }

    private static ImportResult importing(XmppSession session, List<ArchiveEntry> entries, String acceptLive)
            throws XMPPException.XMPPErrorException {
        ImportResultProvider.ensureRegistered();
        return session.request(new ImportRequest(entries, acceptLive != null), ArchiveMessages.STEP_IMPORT);
    }

    /** Messages with Bruno a minute apart, alternately sent and received, ids PREFIX-0, PREFIX-1, … */
    private static List<ArchiveEntry> entries(String owner, String prefix, int count, String first) {
        List<ArchiveEntry> entries = new ArrayList<>();
        Instant start = Instant.parse(first);
        for (int i = 0; i < count; i++) {
            boolean sent = i % 2 == 0;
            entries.add(new ArchiveEntry(prefix + "-" + i, Network.WHATSAPP, "bruno", start.plusSeconds(60L * i),
                    sent ? owner : BRUNO, sent ? BRUNO : owner, "message " + i + " <&> \"quoted\"", List.of(), false));
        }
        return entries;
    }
}
