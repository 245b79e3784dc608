package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * {@code trasloco upload} killed with SIGKILL in the middle (a crash, a closed laptop), then run
 * again: it continues where it stopped and the archive ends up with every message exactly once.
 * The first run is a real {@code trasloco} process from the packaged jar.
 */
class UploadKillIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 300"));

    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfwayResumesWithNothingLostAndNothingTwice(TestProsody prosody) throws Exception {
        killAndResume(prosody, "import", 3, 600);
    }

    @Test
    void notesKilledHalfwayResumeWithNothingLostAndNothingTwice(TestProsody prosody) throws Exception {
        killAndResume(prosody, "notes", 2, 250);
    }

    private void killAndResume(TestProsody prosody, String path, int chats, int perChat) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        Path workspace = ArchiveCommandsIT.workspace(dir, chats, perChat, 0);
        long total = (long) chats * perChat;

        Process upload = trasloco(ArchiveCommandsIT.command(prosody, "upload", workspace, anna, "--path", path));
        upload.getOutputStream().write((anna.password() + "\n").getBytes(StandardCharsets.UTF_8));
        upload.getOutputStream().close();
        UploadLedger.Counts atKill = awaitProgress(workspace, anna, total / 3, upload, dir.resolve("upload.log"));
        upload.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertTrue(atKill.acknowledged() < total, "killed before the end: " + atKill);

        CliRun again = CliRun.withInput(anna.password() + "\n",
                ArchiveCommandsIT.command(prosody, "upload", workspace, anna, "--path", path));
        assertEquals(ExitCodes.OK, again.exit(), again.out() + again.err());
        String all = String.format(Locale.ENGLISH, "%,d", total);
        assertTrue(again.out().endsWith(all + " of " + all + " messages confirmed on the server.\n"), again.out());
        try (Workspace opened = Workspace.open(workspace)) {
            assertEquals(new UploadLedger.Counts(total, total), opened.uploadLedger(anna.jid()).counts());
        }
    }

    /**
     * Waits until the ledger shows some progress, reading the workspace the process writes each time
     * it commits: SQLite deletes its rollback journal at every commit, so the test wakes on that event
     * instead of polling on a timer.
     */
    private static UploadLedger.Counts awaitProgress(Path workspace, ArchiveAccount account, long acknowledged,
            Process process, Path log) throws Exception {
        Path folder = workspace.toAbsolutePath().getParent();
        String journal = workspace.getFileName() + "-journal";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (java.nio.file.WatchService watcher = folder.getFileSystem().newWatchService()) {
            folder.register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_DELETE);
            while (true) {
                if (!process.isAlive()) {
                    throw new AssertionError("the upload ended (exit " + process.exitValue() + ") before it could be killed: "
                            + Files.readString(log));
                }
                try (Workspace opened = Workspace.open(workspace)) {
                    UploadLedger.Counts counts = opened.uploadLedger(account.jid()).counts();
                    if (counts.acknowledged() >= acknowledged) {
                        return counts;
                    }
                }
                boolean committed = false;
                while (!committed) {
                    java.nio.file.WatchKey key = watcher.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (key == null) {
                        throw new AssertionError("no progress within 90 s");
                    }
                    committed = key.pollEvents().stream().anyMatch(event -> journal.equals(String.valueOf(event.context())));
                    key.reset();
                }
            }
        }
    }

    /** A trasloco process from the packaged jar (app/target/trasloco.jar and its lib/). */
    private Process trasloco(String... args) throws IOException {
        Path jar = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "trasloco.jar");
        assertTrue(Files.exists(jar), "the jar is packaged before integration tests: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), "org.trasloco.app.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("upload.log").toFile())
                .start();
    }
}
