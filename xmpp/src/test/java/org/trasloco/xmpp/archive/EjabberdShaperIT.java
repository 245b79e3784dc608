package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestEjabberd;

/**
 * ejabberd with Debian's traffic shaper (3,000 bytes per second per connection after 20,000): the
 * module announces the limits that connection really has, so the upload paces itself to them and
 * gets its answers in time instead of waiting for requests the shaper holds back.
 */
class EjabberdShaperIT {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withArchiveImport());

    @TempDir
    Path dir;

    @Test
    void theLimitsFollowTheShaperAndTheUploadGetsThrough(TestEjabberd ejabberd) {
        ArchiveAccount anna = ArchiveAccount.register(ejabberd, "anna");
        try (XmppSession session = anna.open()) {
            ImportLimits limits = ImportDiscovery.discover(session).orElseThrow();
            assertEquals(20_000 + 5 * 3_000, limits.maxRequestSize(), "what arrives within five seconds");
            assertEquals(3_000 / 500, limits.rate(), "messages a second that 3,000 bytes carry");
        }
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 2, 30, 0)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), false);
            UploadReport report = new HistoryUploader(anna::open, workspace.uploadLedger(anna.jid()), plan,
                    plan.summarize(), UploadSettings.of(UploadPath.IMPORT), new UploadControl(), UploadListener.NONE).run();
            assertEquals(60, report.sentNow());
            assertEquals(0, report.reconnections(), "no request timed out");
        }
    }
}
