package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * A server with Prosody's default retention of one week: the upload stops before sending anything
 * and says why, unless the user accepts that the server deletes the history.
 */
class RetentionGuardIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGlobal("archive_expires_after = \"1w\""));

    @TempDir
    Path dir;

    @Test
    void aServerThatWouldDeleteTheHistoryStopsTheUploadUnlessTheUserAccepts(TestProsody prosody) {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        Path workspace = ArchiveCommandsIT.workspace(dir, 1, 10, 0);

        CliRun stopped = CliRun.withInput(anna.password() + "\n",
                ArchiveCommandsIT.command(prosody, "upload", workspace, anna));
        assertEquals(ExitCodes.USAGE, stopped.exit());
        assertTrue(stopped.out().contains("It keeps them for 7 days."), stopped.out());
        assertTrue(stopped.err().startsWith("localhost deletes archived messages after 7 days, but your oldest message is "),
                stopped.err());
        assertTrue(stopped.err().contains("(--accept-deletion)"), stopped.err());

        CliRun verify = CliRun.withInput(anna.password() + "\n", ArchiveCommandsIT.command(prosody, "verify", workspace,
                anna, "--path", "import"));
        assertTrue(verify.out().endsWith("Only 0 of 10 messages confirmed on the server.\n"), "nothing was sent");

        CliRun accepted = CliRun.withInput(anna.password() + "\n",
                ArchiveCommandsIT.command(prosody, "upload", workspace, anna, "--accept-deletion", "--dry-run"));
        assertEquals(ExitCodes.OK, accepted.exit(), accepted.err());
    }

    @Test
    void notesCarryTodaysDateSoAWeekOfRetentionIsEnough(TestProsody prosody) {
        ArchiveAccount bea = ArchiveAccount.register(prosody, "bea");
        Path workspace = ArchiveCommandsIT.workspace(dir, 1, 10, 0);
        CliRun notes = CliRun.withInput(bea.password() + "\n",
                ArchiveCommandsIT.command(prosody, "upload", workspace, bea, "--path", "notes", "--dry-run"));
        assertEquals(ExitCodes.OK, notes.exit(), notes.err());
        assertTrue(notes.out().contains("apps show the notes with today's date"), notes.out());
    }
}
