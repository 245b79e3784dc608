package org.trasloco.app.cli.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** {@code trasloco workshop --invite-as}: the administrator has an account invitation printed on each kit. */
class WorkshopCommandIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withRegistration(ProsodyConfig.Registration.INVITE_ONLY));

    @TempDir
    Path dir;

    @Test
    void theAdministratorsInvitationsArePrintedOnTheKits(TestProsody prosody) throws Exception {
        prosody.registerUser("admin", "admin's password");
        Path csv = Files.writeString(dir.resolve("participants.csv"), "name,language\nAnna Rossi,it\nJess Moreau,en\n");
        Path pdf = dir.resolve("kits.pdf");
        CliRun run = CliRun.withInput("admin's password\n", "--lang", "en", "workshop", csv.toString(),
                "--server", "localhost", "--invite-as", "admin@localhost", "--password-stdin",
                "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()), "--pin-sha256", prosody.pin().display(),
                "-o", pdf.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("localhost created 2 account invitations"), run.out());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        Matcher invitations = Pattern.compile("localhost\\?register;preauth=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(invitations.find(), "an account invitation on the kits");
        assertEquals("localhost", InvitationUri.parse("xmpp:localhost?register;preauth=" + invitations.group(1)).domain());
    }

    @Test
    void anAccountThatIsNotAnAdministratorIsToldSoAndNothingIsWritten(TestProsody prosody) throws Exception {
        String volunteer = TestAccounts.uniqueName("volunteer");
        prosody.registerUser(volunteer, "pw");
        Path csv = Files.writeString(dir.resolve("participants.csv"), "name\nAnna\n");
        Path pdf = dir.resolve("kits.pdf");
        CliRun run = CliRun.withInput("pw\n", "--lang", "en", "workshop", csv.toString(), "--server", "localhost",
                "--invite-as", volunteer + "@localhost", "--password-stdin", "--host", "127.0.0.1",
                "--port", String.valueOf(prosody.c2sPort()), "--pin-sha256", prosody.pin().display(), "-o", pdf.toString());
        assertTrue(run.exit() != ExitCodes.OK);
        assertTrue(run.err().contains("did not create an invitation"), run.err());
        assertTrue(Files.notExists(pdf));
    }
}
