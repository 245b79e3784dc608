package org.trasloco.app.cli.keepsake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.keepsake.conversations.PhoneBackups;

/** {@code trasloco keepsake} and {@code app-backup}: the history kept with no server, from the command line. */
class KeepsakeCommandsTest {

    private static final String MAMMA = """
            23/03/2024, 08:00 - Pia: Buongiorno mamma
            23/03/2024, 08:02 - Mamma: Ciao tesoro, com'è andata?
            24/03/2024, 19:00 - Pia: Benissimo <3 & "grazie"
            """;

    @TempDir
    Path dir;

    @Test
    void writesAKeepsakeFolderAndABookOfTheConversationsThatMove() throws Exception {
        Path workspace = workspaceWithMamma();
        Path folder = dir.resolve("keepsake");
        CliRun web = CliRun.of("keepsake", "--workspace", workspace.toString(), "-o", folder.toString(), "--lang", "en");
        assertEquals(ExitCodes.OK, web.exit(), web.err());
        assertTrue(web.out().startsWith("The keepsake is ready: open " + folder.resolve("index.html")), web.out());
        assertTrue(web.out().contains("1 conversation, 3 messages"), web.out());
        String pages = Files.readString(Files.walk(folder).filter(p -> p.getFileName().toString().startsWith("p0"))
                .findFirst().orElseThrow());
        assertTrue(pages.contains("Benissimo &lt;3 &amp; &quot;grazie&quot;") || pages.contains("Benissimo &lt;3 &amp; \"grazie\""),
                "the text is escaped, not markup");

        Path pdf = dir.resolve("book.pdf");
        CliRun book = CliRun.of("keepsake", "--workspace", workspace.toString(), "--pdf", "--large", "--paper", "letter",
                "-o", pdf.toString(), "--lang", "it");
        assertEquals(ExitCodes.OK, book.exit(), book.err());
        assertTrue(book.out().startsWith("Il libro è pronto: " + pdf), book.out());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.indexOf("Buongiorno mamma") < text.indexOf("Benissimo"), "messages in order");
        }
    }

    @Test
    void aConversationOrDayThatIsNotThereIsExplained() throws Exception {
        Path workspace = workspaceWithMamma();
        CliRun unknown = CliRun.of("keepsake", "--workspace", workspace.toString(), "--conversation", "Zio",
                "-o", dir.resolve("k").toString(), "--lang", "en");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("There is no conversation called Zio. The conversations that move are: Mamma"),
                unknown.err());
        CliRun badDay = CliRun.of("keepsake", "--workspace", workspace.toString(), "--from", "14/02/2024",
                "-o", dir.resolve("k").toString(), "--lang", "en");
        assertEquals(ExitCodes.USAGE, badDay.exit());
        assertTrue(badDay.err().contains("14/02/2024 is not a day"), badDay.err());
    }

    @Test
    void addsTheChatWithAKnownAddressToThePhoneBackup() throws Exception {
        Path workspace = workspaceWithMamma();
        CliRun decided = CliRun.of("people", "--workspace", workspace.toString(), "--me", "Pia",
                "--set", "Mamma=mamma@example.org", "--lang", "en");
        assertEquals(ExitCodes.OK, decided.exit(), decided.err());
        Path backup = dir.resolve("conversations.ceb");
        PhoneBackups.write(backup, Instant.parse("2024-01-01T10:00:00Z"), PhoneBackups.PASSWORD);
        Path out = dir.resolve("with-history.ceb");

        CliRun added = CliRun.withInput(PhoneBackups.PASSWORD + "\n", "app-backup", "--workspace", workspace.toString(),
                "--backup", backup.toString(), "--password-stdin", "-o", out.toString(), "--lang", "en");
        assertEquals(ExitCodes.OK, added.exit(), added.err());
        assertTrue(added.out().startsWith("3 messages in 1 conversation added to the backup of " + PhoneBackups.ACCOUNT),
                added.out());
        assertTrue(added.out().contains("Now remove the account from Conversations"), added.out());
        assertTrue(Files.size(out) > Files.size(backup));

        CliRun wrong = CliRun.withInput("not the password\n", "app-backup", "--workspace", workspace.toString(),
                "--backup", backup.toString(), "--password-stdin", "-o", dir.resolve("x.ceb").toString(), "--lang", "en");
        assertEquals(ExitCodes.BAD_INPUT, wrong.exit(), wrong.out());
        assertTrue(Files.notExists(dir.resolve("x.ceb")), "nothing half-written");
    }

    private Path workspaceWithMamma() throws Exception {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Mamma.txt"), MAMMA);
        Path workspace = dir.resolve("move.trasloco");
        CliRun imported = CliRun.of("import", chat.toString(), "--workspace", workspace.toString(), "--zone", "Europe/Rome");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());
        return workspace;
    }
}
