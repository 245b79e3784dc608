package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.protocol.ImportRequest;
import org.trasloco.xmpp.archive.protocol.ImportResult;
import org.trasloco.xmpp.archive.protocol.ImportResultProvider;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestServer;

/**
 * The module's rules, the same on every server, with small limits: only one's own messages, at
 * most 10 per request, 2,000 bytes each, 50 per second (bursts of 20), an archive kept two years,
 * no history among live messages unless accepted, the same id stored once. Each subclass starts
 * one server with the module set up so.
 */
abstract class ImportRulesCases {

    @TempDir
    Path dir;

    @Test
    void theServerAdvertisesItsLimitsAndRetention(TestServer server) {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        try (XmppSession session = anna.open()) {
            ImportLimits limits = ImportDiscovery.discover(session).orElseThrow();
            assertEquals(10, limits.maxItems());
            assertEquals(2000, limits.maxItemSize());
            assertEquals(50, limits.rate());
            assertEquals(ArchivePolicy.Kept.LIMITED, limits.policy().kept());
            assertEquals(730, limits.policy().keptFor().toDays());
            assertEquals(itemLimit(), limits.policy().itemLimit());
        }
    }

    /** The archive item limit the server announces, or 0 for none. */
    abstract long itemLimit();

    @Test
    void aMessageOfOtherPeopleIsRefusedAndTheirArchiveIsUntouched(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount bob = ArchiveAccount.register(server, "bob");
        ArchiveEntry forged = entry("forged1", bob.jid(), "carol@localhost", "I never wrote this");
        try (XmppSession session = anna.open()) {
            StanzaError error = refusal(session, new ImportRequest(List.of(forged), false));
            assertEquals(StanzaError.Condition.forbidden, error.getCondition());
            assertNotNull(error.getExtension("foreign-message", ArchiveImport.NAMESPACE));

            ImportRequest toBob = new ImportRequest(List.of(entry("forged2", bob.jid(), anna.jid(), "hi")), false);
            toBob.setTo(JidCreate.entityBareFrom(bob.jid()));
            refusal(session, toBob);
        }
        try (XmppSession session = bob.open()) {
            assertEquals(0, new ArchiveReader(session).read(null, null, item -> { }), "bob's archive is untouched");
        }
    }

    @Test
    void requestsOverTheLimitsAreRefusedWithTheLimitNamed(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        List<ArchiveEntry> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(entry("many" + i, anna.jid(), "bob@example.org", "message " + i));
        }
        try (XmppSession session = anna.open()) {
            StanzaError tooMany = refusal(session, new ImportRequest(eleven, false));
            assertEquals(StanzaError.Condition.policy_violation, tooMany.getCondition());
            assertNotNull(tooMany.getExtension("too-many-items", ArchiveImport.NAMESPACE));

            ArchiveEntry big = entry("big", anna.jid(), "bob@example.org", "x".repeat(2500));
            StanzaError tooLarge = refusal(session, new ImportRequest(List.of(big), false));
            assertEquals(StanzaError.Condition.policy_violation, tooLarge.getCondition());
            assertNotNull(tooLarge.getExtension("item-too-large", ArchiveImport.NAMESPACE));

            StanzaError outOfOrder = refusal(session, new ImportRequest(eleven.subList(0, 2), false, "never-sent"));
            assertEquals(StanzaError.Condition.unexpected_request, outOfOrder.getCondition());
            assertEquals(0, new ArchiveReader(session).read(null, null, item -> { }), "nothing was stored");
        }
    }

    @Test
    void tooFastIsAskedToWaitAndTheUploadPacesItself(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        try (XmppSession session = anna.open()) {
            StanzaError limited = null;
            for (int request = 0; request < 4 && limited == null; request++) {
                List<ArchiveEntry> ten = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    ten.add(entry("fast" + request + "-" + i, anna.jid(), "bob@example.org", "quick " + i));
                }
                try {
                    session.request(new ImportRequest(ten, false), ArchiveMessages.STEP_IMPORT);
                } catch (XMPPException.XMPPErrorException e) {
                    limited = e.getStanzaError();
                }
            }
            assertNotNull(limited, "a burst of 20 then 50 per second: the third request of 10 is too fast");
            assertEquals(StanzaError.Type.WAIT, limited.getType());
            StandardExtensionElement rate = limited.getExtension("rate-limited", ArchiveImport.NAMESPACE);
            assertTrue(Integer.parseInt(rate.getAttributeValue("retry-after")) >= 1);
        }
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 2, 40, 0)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), false);
            UploadReport report = new HistoryUploader(anna::open, workspace.uploadLedger(anna.jid()), plan,
                    plan.summarize(), UploadSettings.of(UploadPath.IMPORT), new UploadControl(), UploadListener.NONE).run();
            assertEquals(80, report.sentNow());
        }
    }

    @Test
    void theSameMessageIsStoredOnce(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        List<ArchiveEntry> three = List.of(entry("same1", anna.jid(), "bob@example.org", "one"),
                entry("same2", "bob@example.org", anna.jid(), "two"), entry("same3", anna.jid(), "bob@example.org", "3"));
        ImportResultProvider.ensureRegistered();
        try (XmppSession session = anna.open()) {
            ImportResult first = session.request(new ImportRequest(three, false), ArchiveMessages.STEP_IMPORT);
            ImportResult again = session.request(new ImportRequest(three, false), ArchiveMessages.STEP_IMPORT);
            assertEquals(3, first.added());
            assertEquals(0, again.added());
            assertEquals(3, again.items().size());
            assertEquals(3, new ArchiveReader(session).read(null, null, item -> { }));
        }
    }

    @Test
    void anArchiveWithLiveMessagesTakesOldHistoryOnlyWhenThatIsAccepted(TestServer server) {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount bob = ArchiveAccount.register(server, "bob");
        try (XmppSession session = bob.open()) {
            session.connection().sendStanza(StanzaBuilder.buildMessage().to(JidCreate.entityBareFrom(anna.jid()))
                    .ofType(Message.Type.chat).setBody("Welcome to XMPP!").build());
            session.request(new org.jivesoftware.smackx.ping.packet.Ping(session.connection().getXMPPServiceDomain()),
                    ArchiveMessages.STEP_IMPORT);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 1, 5, 0)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), false);
            TraslocoException refused = assertThrows(TraslocoException.class, () -> new HistoryUploader(anna::open,
                    workspace.uploadLedger(anna.jid()), plan, plan.summarize(), UploadSettings.of(UploadPath.IMPORT),
                    new UploadControl(), UploadListener.NONE).run());
            assertEquals(TraslocoException.Kind.REFUSED, refused.kind());
            assertEquals(ArchiveMessages.IMPORT_LIVE_MESSAGES, refused.text().key());
            assertTrue(refused.message(Locale.ENGLISH).contains("--accept-live-messages"));

            UploadReport accepted = new HistoryUploader(anna::open, workspace.uploadLedger(anna.jid()), plan,
                    plan.summarize(), UploadSettings.of(UploadPath.IMPORT).withAcceptLive(true), new UploadControl(),
                    UploadListener.NONE).run();
            assertEquals(5, accepted.sentNow() + accepted.alreadyThere());
        }
    }

    static StanzaError refusal(XmppSession session, ImportRequest request) {
        XMPPException.XMPPErrorException error = assertThrows(XMPPException.XMPPErrorException.class,
                () -> session.request(request, ArchiveMessages.STEP_IMPORT));
        return error.getStanzaError();
    }

    static ArchiveEntry entry(String id, String from, String to, String body) {
        return new ArchiveEntry(id, Network.WHATSAPP, "chat", Instant.parse("2019-05-04T10:15:30Z"), from, to, body,
                List.of(), false);
    }
}
