package org.trasloco.app.cli.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * A server whose group-chat service has no archive-import module: the groups stay in the user's own
 * archive as notes, and the user is told why; {@code trasloco groups} then says so.
 */
class GroupsAsNotesIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGroupChats(false).withGlobal("archive_import_rate = 0"));

    @TempDir
    Path dir;

    @Test
    void withoutTheModuleOnTheGroupChatServiceGroupsStayNotesAndTheUserIsToldWhy(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        Path export = Files.writeString(dir.resolve("WhatsApp Chat with Cugini.txt"), """
                14/06/2020, 18:00 - Anna: Chi viene al mare?
                14/06/2020, 18:02 - Luca: Io!
                14/06/2020, 18:03 - Sara: Anch'io
                """);
        Path workspace = dir.resolve("move.trasloco");
        assertEquals(ExitCodes.OK, CliRun.of("import", export.toString(), "--workspace", workspace.toString(), "--zone",
                "UTC", "--lang", "en").exit());
        assertEquals(ExitCodes.OK, CliRun.of("people", "--workspace", workspace.toString(), "--me", "Anna", "--lang",
                "en").exit());

        CliRun upload = CliRun.withInput(anna.password() + "\n", "upload", "--workspace", workspace.toString(), "--jid",
                anna.jid(), "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()), "--pin-sha256",
                prosody.pin().display(), "--password-stdin", "--zone", "UTC", "--lang", "en");
        assertEquals(ExitCodes.OK, upload.exit(), upload.out() + upload.err());
        assertTrue(upload.out().contains("The group-chat service " + ProsodyConfig.GROUP_CHATS + " cannot take a group's"
                + " history into a group chat (it does not run Trasloco's archive-import module), so your groups stay"
                + " in your archive as notes to yourself."), upload.out());
        assertTrue(upload.out().contains("  Cugini: 3 messages, as notes to yourself (a group chat)"), upload.out());
        assertTrue(upload.out().endsWith("3 of 3 messages confirmed on the server.\n"), upload.out());

        CliRun listed = CliRun.of("groups", "--workspace", workspace.toString(), "--jid", anna.jid(), "--lang", "en");
        assertEquals(ExitCodes.OK, listed.exit(), listed.err());
        assertEquals(List.of("Cugini (whatsapp/Cugini): in your archive as notes to yourself"),
                listed.out().lines().toList());
    }
}
