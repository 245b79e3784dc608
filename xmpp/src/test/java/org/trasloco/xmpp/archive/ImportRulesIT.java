package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/** The module's rules on Prosody's internal storage, and Prosody's archive item limit (200 items). */
class ImportRulesIT extends ImportRulesCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import")
            .withGlobal("archive_import_max_items = 10")
            .withGlobal("archive_import_max_item_size = 2000")
            .withGlobal("archive_import_rate = 50")
            .withGlobal("archive_import_burst = 20")
            .withGlobal("storage_archive_item_limit = 200")
            .withGlobal("archive_expires_after = \"2y\""));

    @TempDir
    Path dir;

    @Override
    long itemLimit() {
        return 200;
    }

    @Test
    void anArchiveThatWouldOverflowTheServersLimitIsRefused(TestProsody prosody) {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 2, 110, 0)) {
            HistoryPlan plan = HistoryFixture.plan(workspace, anna.jid(), false);
            TraslocoException refused = assertThrows(TraslocoException.class, () -> new HistoryUploader(anna::open,
                    workspace.uploadLedger(anna.jid()), plan, plan.summarize(), UploadSettings.of(UploadPath.IMPORT),
                    new UploadControl(), UploadListener.NONE).run());
            assertEquals(ArchiveMessages.IMPORT_QUOTA, refused.text().key());
            assertEquals(200, workspace.uploadLedger(anna.jid()).counts().acknowledged(), "up to the limit");
        }
    }
}
