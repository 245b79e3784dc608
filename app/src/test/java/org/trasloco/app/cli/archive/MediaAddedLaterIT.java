package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * Issue 16, hole 2: media added in a later upload reach the archive. A chat of three messages,
 * one a photo: uploaded first without the photo (or with an upload service that answers HTTP 404,
 * which now fails visibly), then again with it. The second upload uploads the photo and stores its
 * message anew, in place, with the link: "3 of 3 messages confirmed", and so does every upload and
 * verify after it. (Before: "Only 2 of 3 messages confirmed", exit 4, for ever; and the 404 exited 0.)
 */
class MediaAddedLaterIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import")
            // Requests to 127.0.0.1 go to the upload service (Prosody routes HTTP by host name).
            .withGlobal("http_default_host = \"upload.localhost\"")
            .withComponent("Component \"upload.localhost\" \"http_file_share\"\n"
                    + "  http_file_share_size_limit = 50000"));

    @TempDir
    Path dir;

    private Path export;
    private Path workspace;

    @BeforeEach
    void importTheChat() throws Exception {
        export = dir.resolve("WhatsApp Chat with Bruno.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            entry(zip, "WhatsApp Chat with Bruno.txt", ("01/03/2016, 09:00 - Anna Rossi: Look\n"
                    + "01/03/2016, 09:01 - Anna Rossi: IMG-20160301-WA0001.jpg (file attached)\n"
                    + "01/03/2016, 09:03 - Bruno: Nice!\n").getBytes(StandardCharsets.UTF_8));
            entry(zip, "IMG-20160301-WA0001.jpg", "a photo of the beach".repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        workspace = dir.resolve("move.trasloco");
        CliRun imported = CliRun.of("import", export.toString(), "--workspace", workspace.toString(), "--date-order",
                "dmy", "--lang", "en");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());
    }

    @Test
    void aPhotoUploadedInASecondRunReachesItsMessage(TestProsody prosody) {
        reachable(prosody, "");
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        CliRun first = upload(prosody, anna);
        assertEquals(ExitCodes.OK, first.exit(), first.out() + first.err());
        assertTrue(first.out().endsWith("3 of 3 messages confirmed on the server.\n"), first.out());

        CliRun withPhoto = upload(prosody, anna, "--media", export.toString());
        assertEquals(ExitCodes.OK, withPhoto.exit(), withPhoto.out() + withPhoto.err());
        assertTrue(withPhoto.out().contains("1 attachments uploaded, 0 were there already, 0 left on your computer."),
                withPhoto.out());
        assertTrue(withPhoto.out().contains("1 message already in your archive was brought up to date"), withPhoto.out());
        assertTrue(withPhoto.out().endsWith("3 of 3 messages confirmed on the server.\n"), withPhoto.out());
        assertPhotoLinked(anna);

        CliRun again = upload(prosody, anna, "--media", export.toString());
        assertEquals(ExitCodes.OK, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("0 messages added to your archive now, 3 were there already"), again.out());
        assertTrue(!again.out().contains("brought up to date"), "nothing to change any more: " + again.out());
        CliRun verify = CliRun.withInput(anna.password() + "\n", ArchiveCommandsIT.command(prosody, "verify", workspace,
                anna));
        assertEquals(ExitCodes.OK, verify.exit(), verify.out() + verify.err());
    }

    @Test
    void aFailedPhotoUploadIsAFailureAndTheNextUploadAddsIt(TestProsody prosody) {
        // The upload service hands out addresses where nothing answers but "404 Not Found".
        reachable(prosody, "nowhere/");
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        CliRun failed = upload(prosody, anna, "--media", export.toString());
        assertEquals(ExitCodes.REFUSED, failed.exit(), failed.out() + failed.err());
        assertTrue(failed.err().contains("Uploading IMG-20160301-WA0001.jpg failed: HTTP 404"), failed.err());
        assertTrue(failed.err().contains("1 attachment could not be uploaded (see above). Its message is in your archive "
                + "without it: run the same upload again to add it."), failed.err());
        assertTrue(failed.out().contains("3 of 3 messages confirmed on the server."), "the messages went: " + failed.out());

        reachable(prosody, "");
        CliRun fixed = upload(prosody, anna, "--media", export.toString());
        assertEquals(ExitCodes.OK, fixed.exit(), fixed.out() + fixed.err());
        assertTrue(fixed.out().contains("1 attachments uploaded"), fixed.out());
        assertTrue(fixed.out().endsWith("3 of 3 messages confirmed on the server.\n"), fixed.out());
        assertPhotoLinked(anna);
    }

    /** The upload service hands out addresses under this machine's address, the test's port and a path. */
    private static void reachable(TestProsody prosody, String path) {
        List<String> others = prosody.config().globalLines().stream()
                .filter(line -> !line.startsWith("http_external_url")).toList();
        ProsodyConfig base = prosody.config();
        ProsodyConfig config = new ProsodyConfig(base.registration(), base.storage(), base.directTls(),
                base.extraModules(), base.testModules(), base.pluginPaths(), others, base.hostLines(), base.components())
                .withGlobal("http_external_url = \"http://127.0.0.1:" + prosody.httpPort() + "/" + path + "\"");
        if (!config.equals(prosody.config())) {
            prosody.reconfigure(config);
        }
    }

    private void assertPhotoLinked(ArchiveAccount anna) {
        List<ArchivedItem> items = new ArrayList<>();
        try (XmppSession session = anna.open()) {
            new ArchiveReader(session).read(null, null, items::add);
        }
        assertEquals(3, items.size(), "nothing stored twice: " + items);
        ArchivedItem photo = items.get(1);
        assertEquals(1, photo.links().size(), photo.toString());
        assertEquals(photo.links().get(0), photo.body(), "the body is the link, so apps show the picture");
        assertTrue(photo.links().get(0).startsWith("http://127.0.0.1:"), photo.toString());
    }

    private CliRun upload(TestProsody prosody, ArchiveAccount anna, String... more) {
        return CliRun.withInput(anna.password() + "\n", ArchiveCommandsIT.command(prosody, "upload", workspace, anna, more));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content);
        zip.closeEntry();
    }
}
