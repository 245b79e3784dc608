package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * The module's three storage writers: one file write per request for Prosody's internal storage,
 * one transaction per request for SQL storage (SQLite through {@code lua-dbi-sqlite3}), and the
 * generic writer (message by message through Prosody's archive API) on either storage. Each stores
 * every message once, a whole upload sent again (its ledger forgotten) adds nothing, and the count
 * the server reports in MAM answers stays right (SQL storage caches it).
 */
class StorageWritersIT {

    @RegisterExtension
    static final ProsodyExtension INTERNAL = new ProsodyExtension(base(ProsodyConfig.Storage.INTERNAL));

    @RegisterExtension
    static final ProsodyExtension SQL = new ProsodyExtension(base(ProsodyConfig.Storage.SQL));

    @RegisterExtension
    static final ProsodyExtension GENERIC_INTERNAL = new ProsodyExtension(base(ProsodyConfig.Storage.INTERNAL)
            .withGlobal("archive_import_writer = \"generic\""));

    @RegisterExtension
    static final ProsodyExtension GENERIC_SQL = new ProsodyExtension(base(ProsodyConfig.Storage.SQL)
            .withGlobal("archive_import_writer = \"generic\""));

    @TempDir
    Path dir;

    private static ProsodyConfig base(ProsodyConfig.Storage storage) {
        return ProsodyConfig.defaults().withStorage(storage).withDirectTls(false).withModule("archive_import")
                .withGlobal("archive_import_rate = 0");
    }

    @Test
    void internalStorageTakesThreeThousandMessagesOnceEach() {
        uploadTwice(INTERNAL.server(), "internal", 3, 1000);
    }

    @Test
    void sqlStorageTakesThreeThousandMessagesOnceEach() {
        uploadTwice(SQL.server(), "sql", 3, 1000);
    }

    @Test
    void theGenericWriterOnInternalStorageTakesMessagesOnceEach() {
        uploadTwice(GENERIC_INTERNAL.server(), "generic", 2, 150);
    }

    @Test
    void theGenericWriterOnSqlStorageTakesMessagesOnceEach() {
        uploadTwice(GENERIC_SQL.server(), "generic", 2, 150);
    }

    private void uploadTwice(TestProsody prosody, String writer, int chats, int perChat) {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        long total = (long) chats * perChat;
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), chats, perChat, 0)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), false);
            PlanSummary summary = plan.summarize();
            try (XmppSession session = anna.open()) {
                // Asking first makes SQL storage cache the count (0), as a client opening the chat would.
                assertEquals(OptionalLong.of(0), new ArchiveReader(session).reportedCount());
            }
            UploadReport first = upload(anna, workspace, plan, summary);
            assertEquals(total, first.sentNow());
            assertTrue(prosody.log().contains("Importing through the " + writer + " writer"),
                    () -> "the " + writer + " writer did the work:\n" + prosody.log());

            workspace.uploadLedger(anna.jid()).forget();
            UploadReport again = upload(anna, workspace, plan, summary);
            assertEquals(total, again.sentNow(), "the server confirms them all again");

            try (XmppSession session = anna.open()) {
                VerificationReport verified = new ArchiveVerifier(session).verify(plan, summary, null);
                assertTrue(verified.complete(), () -> String.join("\n", verified.details(Locale.ENGLISH)));
                assertEquals(total, verified.archiveItems(), "nothing was stored twice");
                assertEquals(OptionalLong.of(total), new ArchiveReader(session).reportedCount(),
                        "the count in MAM answers");
            }
        }
    }

    private static UploadReport upload(ArchiveAccount account, Workspace workspace, HistoryPlan plan,
            PlanSummary summary) {
        return new HistoryUploader(account::open, workspace.uploadLedger(account.jid()), plan, summary,
                UploadSettings.of(UploadPath.IMPORT), new UploadControl(), UploadListener.NONE).run();
    }
}
