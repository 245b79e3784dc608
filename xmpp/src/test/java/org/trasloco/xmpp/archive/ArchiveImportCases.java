package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.people.PlaceholderAddress;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestServer;

/**
 * The archive-import module of a server: a real history goes in with its dates and people, and
 * the upload picks the import path by itself. Each subclass starts one server with the module.
 */
abstract class ArchiveImportCases {

    @TempDir
    Path dir;

    /**
     * Messages per direct chat (five chats) and in the group chat: ten thousand in all, unless the
     * server's storage is too slow for that in a test.
     */
    int[] history() {
        return new int[] {1800, 1000};
    }

    @Test
    void aHistoryArrivesInTimeOrderWithItsOriginalDatesAndCorrespondents(TestServer server) {
        ArchiveAccount account = ArchiveAccount.register(server, "anna");
        int perChat = history()[0];
        int total = 5 * perChat + history()[1];
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 5, perChat, history()[1])) {
            HistoryPlan plan = HistoryFixture.plan(workspace, account.jid(), false);
            PlanSummary summary = plan.summarize();
            assertEquals(total, summary.entries());
            Map<String, ArchiveEntry> expected = new HashMap<>();
            try (HistoryPlan.Entries entries = plan.open()) {
                entries.forEachRemaining(entry -> expected.put(entry.id(), entry));
            }

            UploadPath path;
            try (XmppSession session = account.open()) {
                path = UploadPath.choose(null, ImportDiscovery.discover(session), server.domain());
            }
            assertEquals(UploadPath.IMPORT, path, "--path auto picks the import on " + server.software());
            UploadReport report = new HistoryUploader(account::open, workspace.uploadLedger(account.jid()), plan, summary,
                    UploadSettings.of(path), new UploadControl(), UploadListener.NONE).run();
            assertEquals(total, report.sentNow());

            List<ArchivedItem> items = new ArrayList<>();
            try (XmppSession session = account.open()) {
                new ArchiveReader(session).read(null, null, items::add);
                String bruno = PlaceholderAddress.of(Network.WHATSAPP, "Bruno");
                long withBruno = new ArchiveReader(session).read(bruno, null, item -> { });
                assertEquals(perChat, withBruno, "MAM's 'with' is the other person of the chat");
            }
            assertEquals(total, items.size());
            Instant previous = Instant.MIN;
            for (ArchivedItem item : items) {
                ArchiveEntry entry = expected.get(item.originId());
                assertArchiveId(server, entry, item);
                assertEquals(entry.instant(), item.stamp(), "original date of " + entry.id());
                assertEquals(entry.from(), item.from());
                assertEquals(entry.to(), item.to());
                assertEquals(entry.body(), item.body());
                assertTrue(item.imported(), "marked as imported");
                assertTrue(!item.stamp().isBefore(previous), "archive order is time order");
                previous = item.stamp();
            }
        }
    }

    /**
     * Prosody's archive id of an imported message is its id; ejabberd's is the archive time in
     * microseconds, which is the original second (plus the microseconds that keep ids unique).
     */
    static void assertArchiveId(TestServer server, ArchiveEntry entry, ArchivedItem item) {
        if (server.archiveOrder() == TestServer.ArchiveOrder.ARRIVAL) {
            assertEquals(entry.id(), item.archiveId(), "the archive id is the message id");
        } else {
            Instant time = Instant.EPOCH.plus(Long.parseLong(item.archiveId()), ChronoUnit.MICROS);
            assertEquals(entry.instant().truncatedTo(ChronoUnit.SECONDS), time.truncatedTo(ChronoUnit.SECONDS),
                    "the archive id is the original time in microseconds");
        }
    }
}
