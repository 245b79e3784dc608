package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.people.Correspondent;
import org.trasloco.xmpp.archive.people.MappedCorrespondents;

/** What {@code trasloco people} decided is who the archive's messages are from and to. */
class PeopleDecisionsInTheArchiveTest {

    private static final String FAMILY = """
            14/02/2024, 09:01 - Mamma: Pranzo domenica?
            14/02/2024, 09:02 - Jess: Sì!
            14/02/2024, 09:04 - Zio Beppe: Ci sono anch'io
            14/02/2024, 09:05 - Ada: Anche io
            """;

    @TempDir
    Path dir;

    @Test
    void knownAddressesMeAndPlaceholders() throws IOException {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), FAMILY);
        String workspace = dir.resolve("move.trasloco").toString();
        assertEquals(ExitCodes.OK, CliRun.of("import", chat.toString(), "--workspace", workspace).exit());
        CliRun people = CliRun.of("people", "--workspace", workspace, "--me", "Jess",
                "--set", "Mamma=mamma@example.org", "--set", "Zio Beppe=invite", "--set", "Ada=skip");
        assertEquals(ExitCodes.OK, people.exit(), people.err());

        try (Workspace opened = Workspace.open(Path.of(workspace))) {
            MappedCorrespondents decided = MappedCorrespondents.of(opened, Set.of());
            assertTrue(decided.knowsMe());
            assertEquals(Correspondent.ME, decided.resolve(Network.WHATSAPP, "Family", "Jess"));
            assertEquals(new Correspondent.Known("mamma@example.org"),
                    decided.resolve(Network.WHATSAPP, "Family", "Mamma"));
            assertEquals(Correspondent.UNKNOWN, decided.resolve(Network.WHATSAPP, "Family", "Zio Beppe"));
            assertEquals(Correspondent.UNKNOWN, decided.resolve(Network.WHATSAPP, "Family", "Ada"));
            assertEquals(Correspondent.UNKNOWN, decided.resolve(Network.WHATSAPP, "Other chat", "Mamma"),
                    "a participant of another conversation is not guessed");

            MappedCorrespondents overridden = MappedCorrespondents.of(opened, Set.of("Ada"));
            assertEquals(Correspondent.ME, overridden.resolve(Network.WHATSAPP, "Family", "Ada"), "--me wins");
        }
        try (Workspace empty = Workspace.open(dir.resolve("empty.trasloco"))) {
            assertFalse(MappedCorrespondents.of(empty, Set.of()).knowsMe());
        }
    }
}
