package org.trasloco.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.bench.BenchRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/** {@code trasloco bench archive} runs end to end against a Prosody with the module (its numbers are not checked). */
class ArchiveBenchIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 0"));

    @Test
    void uploadsAGeneratedHistoryAndConfirmsItAll(TestProsody prosody) {
        ArchiveAccount bench = ArchiveAccount.register(prosody, "bench");
        BenchRun run = BenchRun.withInput(bench.password() + "\n", "archive", "--jid", bench.jid(),
                "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()), "--pin-sha256",
                prosody.pin().display(), "--password-stdin", "--messages", "1200", "--chats", "7", "--lang", "en");
        assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("Generated 1,200 messages in 7 direct chats"), run.out());
        assertTrue(run.out().contains("Upload: 1,200 messages in "), run.out());
        assertTrue(run.out().contains("Read-back: 1,200 of 1,200 messages confirmed"), run.out());
    }
}
