package org.trasloco.app.cli.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;

/** {@code trasloco providers}, run in-process as a user would, with its cache in a temporary folder. */
class ProvidersCommandTest {

    @TempDir
    Path cache;

    private CliRun providers(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "providers";
        all[1] = "--cache";
        all[2] = cache.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void listsTheBundledProvidersWithTheirFactsOffline() {
        CliRun run = providers("--lang", "en");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("""
                serviziliberi.it (community server)
                  Sign up on its web page: https://chat.serviziliberi.it (whether apps can sign up too is not known).
                  Free: yes · Messages kept: unknown · Servers in: unknown
                """), run.out());
        assertTrue(run.out().contains("""
                xmpp.earth (providers list, category A)
                  Sign up in the app.
                  Free: yes · Messages kept: 365 days · Servers in: DE, SE · Since 2022
                """), run.out());
        assertTrue(run.out().contains("List: the one bundled with Trasloco."), run.out());
    }

    @Test
    void keepsOnlyProvidersThatKeepHistoryLongEnoughAndSignUpInTheApp() {
        CliRun run = providers("--in-app", "--min-retention", "365", "--lang", "en");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("07f.de (providers list, category A)"), run.out());
        assertTrue(run.out().contains("Messages kept: without a time limit"), run.out());
        assertFalse(run.out().contains("yax.im"), "14 days is too short");
        assertFalse(run.out().contains("serviziliberi.it"), "its retention is not known");
    }

    @Test
    void speaksItalian() {
        CliRun run = providers("--no-captcha", "--in-app", "--lang", "it");
        assertTrue(run.out().contains("""
                xmpp.earth (elenco dei fornitori, categoria A)
                  Iscrizione dall'app.
                  Gratuito: sì · Messaggi conservati: 365 giorni · Server in: DE, SE · Dal 2022
                """), run.out());
    }

    @Test
    void printsJsonWithUnknownFactsAsNull() {
        CliRun run = providers("--json", "--country", "it,fr");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("["), out);
        assertTrue(out.contains("\"domain\" : \"jabber.fr\""), out);
        assertFalse(out.contains("serviziliberi.it"), "no known server country");
        assertTrue(out.contains("\"archive\" : {\n    \"kind\" : \"days\",\n    \"days\" : 14\n  }"), out);
    }

    @Test
    void addsAndRemovesACommunityServerByDomain() {
        CliRun added = providers("--add", "chat.example.org", "--lang", "en");
        assertEquals(ExitCodes.OK, added.exit());
        assertTrue(added.err().contains("Added chat.example.org."));
        assertTrue(added.out().contains("""
                chat.example.org (added by you)
                  How to sign up is not known: Trasloco asks the server when you create the account.
                  Free: unknown · Messages kept: unknown · Servers in: unknown
                """), added.out());
        CliRun removed = providers("--remove", "chat.example.org", "--lang", "en");
        assertFalse(removed.out().contains("chat.example.org"));
        CliRun bad = providers("--add", "not a domain", "--lang", "en");
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().contains("not a domain is not a valid server name"), bad.err());
    }

    @Test
    void updatesFromTheGivenListAndKeepsItForNextTime() throws Exception {
        byte[] list = """
                [{"jid": "fresh.example", "category": "A", "inBandRegistration": true,
                  "inBandRegistrationCaptchaRequired": false, "freeOfCharge": true,
                  "maximumMessageArchiveManagementStorageTime": 0, "serverLocations": ["it"]}]
                """.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/providers-B.json", exchange -> {
            exchange.sendResponseHeaders(200, list.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(list);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/providers-B.json";
            CliRun run = providers("--update", "--from", url, "--lang", "en");
            assertEquals(ExitCodes.OK, run.exit(), run.err());
            assertTrue(run.err().contains("Downloaded the current providers list (1 provider) from " + url), run.err());
            assertTrue(run.out().contains("fresh.example (providers list, category A)"), run.out());
            assertFalse(run.out().contains("xmpp.earth"), "the downloaded list replaces the bundled one");
        } finally {
            server.stop(0);
        }
        CliRun offline = providers("--lang", "en");
        assertTrue(offline.out().contains("fresh.example"));
        assertTrue(offline.out().contains("List: the one last downloaded from XMPP Providers."));
    }

    @Test
    void anUnreachableListIsAConnectionErrorAndTheOldListStays() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliRun run = providers("--update", "--from", "http://127.0.0.1:" + closed + "/p.json", "--lang", "en");
        assertEquals(ExitCodes.CONNECTION, run.exit());
        assertTrue(run.err().startsWith("The providers list could not be downloaded from http://127.0.0.1:" + closed),
                run.err());
        assertTrue(providers("--lang", "en").out().contains("xmpp.earth"));
    }
}
