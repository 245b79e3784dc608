package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
 * A WhatsApp export with photos, uploaded with {@code --media} to a server with
 * {@code http_file_share}: the photos go up with HTTP File Upload, the messages link them, and
 * the links fetch the same bytes. A file over the server's limit stays behind, said so.
 */
class MediaUploadIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import")
            // Requests to 127.0.0.1 go to the upload service (Prosody routes HTTP by host name).
            .withGlobal("http_default_host = \"upload.localhost\"")
            .withComponent("Component \"upload.localhost\" \"http_file_share\"\n"
                    + "  http_file_share_size_limit = 50000"));

    @TempDir
    Path dir;

    @Test
    void photosOfTheExportAreUploadedAndLinkedFromTheirMessages(TestProsody prosody) throws Exception {
        // The upload service must hand out addresses this machine can reach: 127.0.0.1 and the test's port.
        if (prosody.config().globalLines().stream().noneMatch(line -> line.startsWith("http_external_url"))) {
            prosody.reconfigure(prosody.config().withGlobal("http_external_url = \"http://127.0.0.1:"
                    + prosody.httpPort() + "/\""));
        }
        byte[] beach = "a photo of the beach".repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[80_000];
        Path export = dir.resolve("WhatsApp Chat with Bruno.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            entry(zip, "WhatsApp Chat with Bruno.txt", ("01/03/2016, 09:00 - Anna Rossi: Look\n"
                    + "01/03/2016, 09:01 - Anna Rossi: IMG-20160301-WA0001.jpg (file attached)\n"
                    + "01/03/2016, 09:02 - Bruno: VID-20160301-WA0002.mp4 (file attached)\nNice! And the film\n"
                    + "01/03/2016, 09:03 - Bruno: ciao\n").getBytes(StandardCharsets.UTF_8));
            entry(zip, "IMG-20160301-WA0001.jpg", beach);
            entry(zip, "VID-20160301-WA0002.mp4", big);
        }
        Path workspace = dir.resolve("move.trasloco");
        CliRun imported = CliRun.of("import", export.toString(), "--workspace", workspace.toString(), "--date-order",
                "dmy", "--lang", "en");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());

        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        CliRun upload = CliRun.withInput(anna.password() + "\n", ArchiveCommandsIT.command(prosody, "upload", workspace,
                anna, "--media", export.toString()));
        assertEquals(ExitCodes.OK, upload.exit(), upload.out() + upload.err());
        assertTrue(upload.out().contains("2 attachments, 82 kB in all; the server takes files up to 50 kB."),
                upload.out());
        assertTrue(upload.out().contains("VID-20160301-WA0002.mp4 is 80 kB; the server takes files up to 50 kB"),
                upload.out());
        assertTrue(upload.out().contains("1 attachments uploaded, 0 were there already, 1 left on your computer."),
                upload.out());
        assertTrue(upload.out().endsWith("4 of 4 messages confirmed on the server.\n"), upload.out());

        List<ArchivedItem> items = new ArrayList<>();
        try (XmppSession session = anna.open()) {
            new ArchiveReader(session).read(null, null, items::add);
        }
        ArchivedItem photo = items.get(1);
        assertEquals(1, photo.links().size(), photo.toString());
        assertEquals(photo.links().get(0), photo.body(), "the body is the link, so apps show the picture");
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(photo.links().get(0))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(beach, fetched.body());
        assertEquals("Nice! And the film\n\ud83d\udcce VID-20160301-WA0002.mp4", items.get(2).body(),
                "a file left behind is named");

        CliRun again = CliRun.withInput(anna.password() + "\n", ArchiveCommandsIT.command(prosody, "upload", workspace,
                anna, "--media", export.toString()));
        assertTrue(again.out().contains("0 attachments uploaded, 1 were there already, 1 left on your computer."),
                again.out());
        assertTrue(again.out().endsWith("4 of 4 messages confirmed on the server.\n"), again.out());
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content);
        zip.closeEntry();
    }
}
