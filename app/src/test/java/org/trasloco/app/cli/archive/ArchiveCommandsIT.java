package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/** {@code trasloco upload}, {@code verify} and {@code export-pie} in-process against a Prosody with our module. */
class ArchiveCommandsIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 0"));

    @TempDir
    Path dir;

    /** The command line for an account on the test server. */
    static String[] command(TestProsody prosody, String command, Path workspace, ArchiveAccount account, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--workspace", workspace.toString(), "--jid", account.jid(),
                "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()), "--pin-sha256",
                prosody.pin().display(), "--password-stdin", "--zone", "UTC", "--lang", "en"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    static Path workspace(Path dir, int chats, int perChat, int group) {
        Path file = dir.resolve("move.trasloco");
        HistoryFixture.create(file, chats, perChat, group).close();
        return file;
    }

    @Test
    void uploadTellsWhereTheHistoryGoesUploadsAndConfirmsEveryMessage(TestProsody prosody) {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        Path workspace = workspace(dir, 3, 100, 50);

        CliRun upload = CliRun.withInput(anna.password() + "\n", command(prosody, "upload", workspace, anna));
        assertEquals(ExitCodes.OK, upload.exit(), upload.err() + upload.out());
        assertTrue(upload.out().contains("localhost runs Trasloco's archive-import module"), upload.out());
        assertTrue(upload.out().contains("  Bruno: 100 messages (2 left out"), upload.out());
        assertTrue(upload.out().contains("  Family: 50 messages, as notes to yourself (a group chat)"), upload.out());
        assertTrue(upload.out().contains("The server stores them unencrypted"), upload.out());
        assertTrue(upload.out().contains("It keeps them without a time limit."), upload.out());
        assertTrue(upload.out().contains("350 messages added to your archive now, 0 were there already"), upload.out());
        assertTrue(upload.out().endsWith("350 of 350 messages confirmed on the server.\n"), upload.out());

        CliRun verify = CliRun.withInput(anna.password() + "\n", command(prosody, "verify", workspace, anna));
        assertEquals(ExitCodes.OK, verify.exit(), verify.err() + verify.out());
        assertTrue(verify.out().matches("Read back 350 archive items in [0-9.]+ s\\.\n"
                + "350 of 350 messages confirmed on the server\\.\n"), verify.out());

        CliRun again = CliRun.withInput(anna.password() + "\n", command(prosody, "upload", workspace, anna));
        assertEquals(ExitCodes.OK, again.exit(), again.err());
        assertTrue(again.out().contains("0 messages added to your archive now, 350 were there already"), again.out());
    }

    @Test
    void aDryRunSendsNothingAndVerifyThenFindsNothing(TestProsody prosody) {
        ArchiveAccount bea = ArchiveAccount.register(prosody, "bea");
        Path workspace = workspace(dir, 1, 20, 0);

        CliRun dry = CliRun.withInput(bea.password() + "\n", command(prosody, "upload", workspace, bea, "--dry-run"));
        assertEquals(ExitCodes.OK, dry.exit(), dry.err());
        assertTrue(dry.out().endsWith("Nothing was sent (--dry-run).\n"), dry.out());

        CliRun verify = CliRun.withInput(bea.password() + "\n", command(prosody, "verify", workspace, bea));
        assertEquals(ExitCodes.REFUSED, verify.exit());
        assertTrue(verify.out().contains("Bruno: 0 of 20 confirmed, 20 missing, 0 different, 0 stored twice"), verify.out());
        assertTrue(verify.out().endsWith("Only 0 of 20 messages confirmed on the server.\n"), verify.out());
    }

    @Test
    void aNameThatIsNotInTheChatsIsExplained(TestProsody prosody) {
        ArchiveAccount carl = ArchiveAccount.register(prosody, "carl");
        Path workspace = workspace(dir, 2, 5, 0);
        CliRun run = CliRun.withInput(carl.password() + "\n", command(prosody, "upload", workspace, carl, "--me", "Nobody"));
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals("Nobody called Nobody wrote in these chats. The names in the exports are: Anna Rossi, Bruno, "
                + "Carla Neri\n", run.err());
    }

    @Test
    void exportPieWritesTheOperatorFileWithoutAPassword(TestProsody prosody) throws Exception {
        Path workspace = workspace(dir, 1, 3, 0);
        Path file = dir.resolve("anna@example.org.xml");
        CliRun run = CliRun.of("export-pie", "--workspace", workspace.toString(), "--jid", "anna@example.org", "-o",
                file.toString(), "--zone", "UTC", "--lang", "en");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("3 messages written to " + file), run.out());
        String xml = Files.readString(file);
        assertTrue(xml.startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<server-data xmlns='urn:xmpp:pie:0'>\n"
                + "<host jid='example.org'>\n<user name='anna'>\n<archive xmlns='urn:xmpp:pie:0#mam'>\n"
                + "<result xmlns='urn:xmpp:mam:2' id='"), xml);
        assertTrue(xml.contains("<delay xmlns='urn:xmpp:delay' stamp='2016-03-01T09:00:00Z'/>"
                + "<message xmlns='jabber:client' from='anna@example.org' to='bruno."), xml);
        assertTrue(!xml.contains("password"), "no credentials");
    }
}
