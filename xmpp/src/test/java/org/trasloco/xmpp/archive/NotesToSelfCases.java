package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.workspace.Workspace;
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
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestServer;

/**
 * A stock server without our module: the history arrives as labelled notes to oneself. Each
 * subclass starts one server.
 */
abstract class NotesToSelfCases {

    @TempDir
    Path dir;

    @Test
    void withoutTheModuleTheHistoryBecomesLabelledNotesToOneself(TestServer server) {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        try (XmppSession session = anna.open()) {
            assertEquals(UploadPath.NOTES, UploadPath.choose(null, ImportDiscovery.discover(session), "localhost"));
        }
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 2, 60, 30)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), true);
            PlanSummary summary = plan.summarize();
            assertEquals(150, summary.entries());
            UploadReport report = new HistoryUploader(anna::open, workspace.uploadLedger(anna.jid()), plan, summary,
                    UploadSettings.of(UploadPath.NOTES), new UploadControl(), UploadListener.NONE).run();
            assertEquals(150, report.sentNow());

            List<ArchivedItem> items = new ArrayList<>();
            try (XmppSession session = anna.open()) {
                new ArchiveReader(session).read(anna.jid(), null, items::add);
                VerificationReport verified = new ArchiveVerifier(session).verify(plan, summary, null);
                assertTrue(verified.complete(), () -> String.join("\n", verified.details(Locale.ENGLISH)));
                assertEquals("150 of 150 messages confirmed on the server.", verified.summary().format(Locale.ENGLISH));
            }
            Optional<ArchivedItem> first = items.stream().filter(item -> item.body().contains("message 3 in Family"))
                    .findFirst();
            assertTrue(first.isPresent());
            assertEquals("WhatsApp \u00b7 Family \u00b7 Mar 1, 2016, 9:23 AM \u00b7 Anna Rossi:\n"
                    + "message 3 in Family <b>&amp; \"quoted\"\nsecond line", first.get().body().replace('\u202f', ' '));
            assertFalse(first.get().imported(), "a note is a live message, not an import");
            assertTrue(items.stream().allMatch(item -> item.from().startsWith(anna.jid())
                    && item.to().startsWith(anna.jid())), "notes go from the user to the user");
        }
    }
}
