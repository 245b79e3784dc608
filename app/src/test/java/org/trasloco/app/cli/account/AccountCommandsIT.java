package org.trasloco.app.cli.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** {@code trasloco account create} and {@code check} against a real Prosody, run in-process as a user would. */
class AccountCommandsIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    private static String[] server(TestProsody prosody, int port, String... more) {
        List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", String.valueOf(port),
                "--pin-sha256", prosody.pin().display(), "--lang", "en"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static CliRun create(TestProsody prosody, String input, String... more) {
        List<String> args = new ArrayList<>(List.of("account", "create"));
        args.addAll(List.of(server(prosody, prosody.c2sPort(), more)));
        return CliRun.withInput(input, args.toArray(String[]::new));
    }

    private static CliRun check(TestProsody prosody, String jid, String password) {
        List<String> args = new ArrayList<>(List.of("account", "check", "--jid", jid, "--password-stdin"));
        args.addAll(List.of(server(prosody, prosody.c2sPort())));
        return CliRun.withInput(password + "\n", args.toArray(String[]::new));
    }

    @Test
    void createsAnAccountWithThePasswordFromStandardInputAndChecksIt(TestProsody prosody) {
        String name = TestAccounts.uniqueName("anna");
        CliRun created = create(prosody, "correct horse battery\n", "--domain", "localhost", "--username", name,
                "--password-stdin");
        assertEquals(ExitCodes.OK, created.exit(), created.err());
        assertEquals("Account created: " + name + "@localhost\n", created.out());
        assertEquals("", created.err());

        CliRun checked = check(prosody, name + "@localhost", "correct horse battery");
        assertEquals(ExitCodes.OK, checked.exit(), checked.err());
        assertEquals("Logged in as " + name + "@localhost: the address and the password work.\n", checked.out());
    }

    @Test
    void printsAGeneratedPasswordOnceAndItWorks(TestProsody prosody) {
        String name = TestAccounts.uniqueName("bruno");
        CliRun created = create(prosody, "", "--domain", "localhost", "--username", name, "--generate-password");
        assertEquals(ExitCodes.OK, created.exit(), created.err());
        Matcher password = Pattern.compile("Password: (([a-z]{3,8}-){7}[0-9]{4})\n").matcher(created.out());
        assertTrue(password.find(), created.out());
        assertTrue(created.out().contains("Trasloco shows it only this once"), created.out());

        assertEquals(ExitCodes.OK, check(prosody, name + "@localhost", password.group(1)).exit());
    }

    @Test
    void aTakenNameIsARefusalExplainedInTheUsersLanguage(TestProsody prosody) {
        String name = TestAccounts.uniqueName("taken");
        prosody.registerUser(name, "first");
        CliRun english = create(prosody, "pw\n", "--domain", "localhost", "--username", name, "--password-stdin");
        assertEquals(ExitCodes.REFUSED, english.exit());
        assertEquals("The name " + name + " is already taken on localhost. Choose another name.\n", english.err());

        List<String> italianArgs = new ArrayList<>(List.of("account", "create", "--domain", "localhost", "--username", name,
                "--password-stdin", "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()),
                "--pin-sha256", prosody.pin().hex(), "--lang", "it"));
        CliRun italian = CliRun.withInput("pw\n", italianArgs.toArray(String[]::new));
        assertEquals(ExitCodes.REFUSED, italian.exit());
        assertEquals("Il nome " + name + " è già preso su localhost. Scegli un altro nome.\n", italian.err());
    }

    @Test
    void aWrongPasswordIsARefusal(TestProsody prosody) {
        String name = TestAccounts.uniqueName("carla");
        prosody.registerUser(name, "right");
        CliRun run = check(prosody, name + "@localhost", "wrong");
        assertEquals(ExitCodes.REFUSED, run.exit());
        assertEquals("The server says that the address " + name + "@localhost or its password is wrong.\n", run.err());
    }

    @Test
    void aCertificateThatIsNotThePinnedOneIsAConnectionError(TestProsody prosody) {
        String name = TestAccounts.uniqueName("dario");
        CliRun run = CliRun.withInput("pw\n", "account", "create", "--domain", "localhost", "--username", name,
                "--password-stdin", "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()),
                "--pin-sha256", "ab".repeat(32), "--lang", "en");
        assertEquals(ExitCodes.CONNECTION, run.exit());
        assertTrue(run.err().startsWith("The certificate of localhost does not match the fingerprint you pinned"), run.err());
        assertTrue(run.err().contains(prosody.pin().display()), run.err());
    }

    @Test
    void worksOnTheDirectTlsPortToo(TestProsody prosody) {
        String name = TestAccounts.uniqueName("elsa");
        List<String> args = new ArrayList<>(List.of("account", "create", "--domain", "localhost", "--username", name,
                "--password-stdin"));
        args.addAll(List.of(server(prosody, prosody.directTlsPort())));
        CliRun run = CliRun.withInput("pw\n", args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
    }

    @Test
    void aContactInvitationMakesTheInviterAContact(TestProsody prosody) {
        String inviter = TestAccounts.uniqueName("fede");
        prosody.registerUser(inviter, "pw");
        String name = TestAccounts.uniqueName("gino");
        CliRun run = create(prosody, "pw\n", "--invite", prosody.createContactInvite(inviter), "--username", name,
                "--password-stdin");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("Account created: " + name + "@localhost\n" + inviter
                + "@localhost is already in your contacts, and you are in theirs.\n", run.out());
    }

    @Test
    void aUsedInvitationIsRefused(TestProsody prosody) {
        String invite = prosody.createAccountInvite();
        assertEquals(ExitCodes.OK, create(prosody, "pw\n", "--invite", invite, "--username",
                TestAccounts.uniqueName("ines"), "--password-stdin").exit());
        CliRun again = create(prosody, "pw\n", "--invite", invite, "--username", TestAccounts.uniqueName("ines"),
                "--password-stdin");
        assertEquals(ExitCodes.REFUSED, again.exit());
        assertTrue(again.err().startsWith("The invitation to localhost is not valid any more"), again.err());
    }

    @Test
    void commandLineMistakesAreExplained(TestProsody prosody) {
        CliRun noName = create(prosody, "pw\n", "--domain", "localhost", "--password-stdin");
        assertEquals(ExitCodes.USAGE, noName.exit());
        assertTrue(noName.err().startsWith("Give the name of the new account with --username NAME"), noName.err());

        CliRun noPassword = create(prosody, "", "--domain", "localhost", "--username", "x", "--password-stdin");
        assertEquals(ExitCodes.USAGE, noPassword.exit());
        assertTrue(noPassword.err().startsWith("No password on standard input."), noPassword.err());

        CliRun badPin = CliRun.withInput("pw\n", "account", "check", "--jid", "x@localhost", "--password-stdin",
                "--pin-sha256", "12:34", "--lang", "en");
        assertEquals(ExitCodes.USAGE, badPin.exit());
        assertTrue(badPin.err().startsWith("12:34 is not a SHA-256 certificate fingerprint"), badPin.err());

        CliRun both = CliRun.of("account", "create", "--domain", "localhost", "--username", "x", "--password-stdin",
                "--generate-password");
        assertEquals(ExitCodes.USAGE, both.exit());
    }

    @Test
    void nobodyListeningIsAConnectionError(TestProsody prosody) throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliRun run = CliRun.withInput("pw\n", "account", "check", "--jid", "x@localhost", "--password-stdin",
                "--host", "127.0.0.1", "--port", String.valueOf(closed), "--lang", "en");
        assertEquals(ExitCodes.CONNECTION, run.exit());
        assertEquals("Nobody answers at 127.0.0.1 (port " + closed + "). The server may be down, or the address or port "
                + "may be wrong.\n", run.err());
    }
}
