package org.trasloco.app.cli.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** A server that asks for a CAPTCHA: the command line shows the picture and reads the answer from standard input. */
class CaptchaCommandIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withTestModule("test_captcha"));

    private static CliRun create(TestProsody prosody, String input, String name) {
        return CliRun.withInput(input, "account", "create", "--domain", "localhost", "--username", name,
                "--password-stdin", "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()),
                "--pin-sha256", prosody.pin().display(), "--lang", "en");
    }

    @Test
    void showsThePictureAndSendsTheAnswerFromTheNextLine(TestProsody prosody) throws Exception {
        String name = TestAccounts.uniqueName("luca");
        CliRun run = create(prosody, "pw\n7x4k\n", name);

        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("Account created: " + name + "@localhost\n", run.out());
        assertTrue(run.err().startsWith("The server asks for more before it creates the account:\n"), run.err());
        assertTrue(run.err().contains("CAPTCHA web page: https://localhost/captcha/trasloco-test-challenge\n"), run.err());
        Matcher saved = Pattern.compile("The picture is saved in (\\S+\\.png): open it to see it\\.").matcher(run.err());
        assertTrue(saved.find(), run.err());
        byte[] png = Files.readAllBytes(Path.of(saved.group(1)));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(run.err().endsWith("Enter the text you see: "), run.err());
    }

    @Test
    void withoutAnAnswerTheCommandSaysWhatIsMissing(TestProsody prosody) {
        CliRun run = create(prosody, "pw\n", TestAccounts.uniqueName("marta"));
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().endsWith("The server asks for “Enter the text you see”, and standard input has no answer. "
                + "Run the command in a terminal, or give the answer as the next line of input.\n"), run.err());
    }

    @Test
    void aWrongAnswerIsARefusal(TestProsody prosody) {
        CliRun run = create(prosody, "pw\nnope\n", TestAccounts.uniqueName("nino"));
        assertEquals(ExitCodes.REFUSED, run.exit());
        assertTrue(run.err().contains("The answer to the CAPTCHA was not accepted."), run.err());
    }
}
