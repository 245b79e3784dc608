package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.people.PlaceholderAddress;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
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
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/** The archive-import module with SQL storage: a real history goes in with its dates and people. */
class ArchiveImportIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 0"));

    @TempDir
    Path dir;

    @Test
    void tenThousandMessagesArriveInTimeOrderWithTheirOriginalDatesAndCorrespondents(TestProsody prosody) {
        ArchiveAccount account = ArchiveAccount.register(prosody, "anna");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 5, 1800, 1000)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, account.jid(), false);
            PlanSummary summary = plan.summarize();
            assertEquals(10_000, summary.entries());
            Map<String, ArchiveEntry> expected = new HashMap<>();
            try (HistoryPlan.Entries entries = plan.open()) {
                entries.forEachRemaining(entry -> expected.put(entry.id(), entry));
            }

            UploadReport report = new HistoryUploader(account::open, workspace.uploadLedger(account.jid()), plan, summary,
                    UploadSettings.of(UploadPath.IMPORT), new UploadControl(), UploadListener.NONE).run();
            assertEquals(10_000, report.sentNow());

            List<ArchivedItem> items = new ArrayList<>();
            try (XmppSession session = account.open()) {
                new ArchiveReader(session).read(null, null, items::add);
                String bruno = PlaceholderAddress.of(Network.WHATSAPP, "Bruno");
                long withBruno = new ArchiveReader(session).read(bruno, null, item -> { });
                assertEquals(1800, withBruno, "MAM's 'with' is the other person of the chat");
            }
            assertEquals(10_000, items.size());
            Instant previous = Instant.MIN;
            for (ArchivedItem item : items) {
                ArchiveEntry entry = expected.get(item.originId());
                assertEquals(entry.id(), item.archiveId(), "the archive id is the message id");
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
}
