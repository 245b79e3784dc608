package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.trasloco.xmpp.archive.upload.UploadProgress;
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
 * The server is killed (SIGKILL) in the middle of an upload and started again once the upload has
 * noticed the loss:
 * the upload reconnects by itself and ends with every message in the archive exactly once.
 */
class ServerCrashIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 1000"));

    @TempDir
    Path dir;

    @Test
    void anImportSurvivesAServerCrashWithNothingLostAndNothingTwice(TestProsody prosody) throws Exception {
        uploadThroughACrash(prosody, UploadPath.IMPORT, 4, 750);
    }

    @Test
    void notesSurviveAServerCrashWithNothingLostAndNothingTwice(TestProsody prosody) throws Exception {
        uploadThroughACrash(prosody, UploadPath.NOTES, 2, 150);
    }

    private void uploadThroughACrash(TestProsody prosody, UploadPath path, int chats, int perChat) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        try (Workspace workspace = HistoryFixture.create(dir.resolve(path.id() + ".trasloco"), chats, perChat, 0)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), path == UploadPath.NOTES);
            PlanSummary summary = plan.summarize();
            long total = (long) chats * perChat;
            assertEquals(total, summary.entries());
            AtomicBoolean crashed = new AtomicBoolean();
            AtomicBoolean restarted = new AtomicBoolean();
            CompletableFuture<Void> crash = new CompletableFuture<>();
            // One thread for the server, so the restart always follows the kill. The server is
            // started again when the upload says it lost the connection (an event, not a timer).
            ExecutorService server = Executors.newSingleThreadExecutor();
            UploadListener crashHalfway = progress -> {
                if (progress.done() >= total / 3 && crashed.compareAndSet(false, true)) {
                    server.execute(prosody::kill);
                } else if (crashed.get() && progress.state() == UploadProgress.State.RECONNECTING
                        && restarted.compareAndSet(false, true)) {
                    CompletableFuture.runAsync(prosody::restart, server).whenComplete((ok, error) -> crash.complete(null));
                }
            };
            UploadSettings settings = UploadSettings.of(path)
                    .withRetries(Duration.ofMinutes(1), Duration.ofMillis(250), Duration.ofSeconds(2));
            UploadReport report = new HistoryUploader(anna::open, workspace.uploadLedger(anna.jid()), plan, summary,
                    settings, new UploadControl(), crashHalfway).run();
            crash.get(3, TimeUnit.MINUTES);
            server.shutdown();

            assertTrue(crashed.get(), "the server was killed during the upload");
            assertTrue(report.reconnections() >= 1, "the upload reconnected by itself");
            assertEquals(total, workspace.uploadLedger(anna.jid()).counts().acknowledged());
            try (XmppSession session = anna.open()) {
                Map<String, Integer> copies = new HashMap<>();
                new ArchiveReader(session).read(null, null, item -> copies.merge(item.originId(), 1, Integer::sum));
                assertEquals(total, copies.size(), "every message is in the archive");
                VerificationReport verified = new ArchiveVerifier(session).verify(plan, summary, null);
                assertTrue(verified.complete(), () -> String.join("\n", verified.details(java.util.Locale.ENGLISH)));
                assertEquals(total, verified.confirmed());
            }
        }
    }
}
