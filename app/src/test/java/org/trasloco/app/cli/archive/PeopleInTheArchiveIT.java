package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.history.Network;
import org.trasloco.xmpp.archive.people.PlaceholderAddress;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * The people step's decisions decide who the archive's messages are with: a contact marked known
 * with an XMPP address is that address, one to be invited (or skipped) a placeholder under the
 * reserved {@code .invalid} domain; the user's own messages are from the account.
 */
class PeopleInTheArchiveIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 0"));

    @TempDir
    Path dir;

    @Test
    void aKnownAddressIsTheCorrespondentAndEveryoneElseAPlaceholder(TestProsody prosody) throws IOException {
        Path bruno = Files.writeString(dir.resolve("WhatsApp Chat with Bruno.txt"), """
                14/02/2019, 09:01 - Anna: Ciao Bruno
                14/02/2019, 09:02 - Bruno: Ciao Anna!
                14/02/2019, 09:04 - Anna: A stasera
                """);
        Path carla = Files.writeString(dir.resolve("WhatsApp Chat with Carla.txt"), """
                15/02/2019, 10:00 - Carla: Hai le foto?
                15/02/2019, 10:05 - Anna: Sì, te le mando
                """);
        Path workspace = dir.resolve("move.trasloco");
        CliRun imported = CliRun.of("import", bruno.toString(), carla.toString(), "--workspace", workspace.toString(),
                "--zone", "UTC", "--lang", "en");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());
        CliRun people = CliRun.of("people", "--workspace", workspace.toString(), "--me", "Anna",
                "--set", "Bruno=bruno@example.org", "--set", "Carla=invite", "--lang", "en");
        assertEquals(ExitCodes.OK, people.exit(), people.err());

        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        CliRun upload = CliRun.withInput(anna.password() + "\n",
                ArchiveCommandsIT.command(prosody, "upload", workspace, anna));
        assertEquals(ExitCodes.OK, upload.exit(), upload.out() + upload.err());
        assertTrue(upload.out().endsWith("5 of 5 messages confirmed on the server.\n"), upload.out());

        List<ArchivedItem> items = new ArrayList<>();
        try (XmppSession session = anna.open()) {
            new ArchiveReader(session).read(null, null, items::add);
        }
        String carlaPlaceholder = PlaceholderAddress.of(Network.WHATSAPP, "Carla");
        assertTrue(carlaPlaceholder.endsWith(".trasloco.invalid"), carlaPlaceholder);
        Map<String, String> fromTo = new TreeMap<>();
        for (ArchivedItem item : items) {
            fromTo.put(item.body(), item.from() + " -> " + item.to());
        }
        assertEquals(Map.of(
                "Ciao Bruno", anna.jid() + " -> bruno@example.org",
                "Ciao Anna!", "bruno@example.org -> " + anna.jid(),
                "A stasera", anna.jid() + " -> bruno@example.org",
                "Hai le foto?", carlaPlaceholder + " -> " + anna.jid(),
                "Sì, te le mando", anna.jid() + " -> " + carlaPlaceholder), fromTo);
        try (XmppSession session = anna.open()) {
            assertEquals(3, new ArchiveReader(session).read("bruno@example.org", null, item -> { }),
                    "MAM's with is the known address");
            assertEquals(2, new ArchiveReader(session).read(carlaPlaceholder, null, item -> { }));
        }
    }
}
