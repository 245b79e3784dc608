package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupMove;
import org.trasloco.move.groups.GroupsListener;
import org.trasloco.move.groups.GroupsOutcome;
import org.trasloco.move.groups.GroupsPreparation;
import org.trasloco.move.groups.RoomAnswer;
import org.trasloco.move.groups.RoomOutcome;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestEjabberd;
import org.trasloco.xmpp.testing.TestServer;

/**
 * On ejabberd with Trasloco's module, whose mod_muc service now takes imports, the family group
 * becomes a group chat with its history in the room's archive instead of staying notes.
 */
class EjabberdGroupChatsIT {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE).withArchiveImport("rate: 0"));

    @TempDir
    Path dir;

    @Test
    void theFamilyGroupBecomesAGroupChatWithItsHistory(TestEjabberd ejabberd) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            AccountAccess sam = new AccountAccess(InvitedFamily.samOn(ejabberd, choices), password, Locale.ENGLISH);
            GroupMove groups = new GroupMove(choices, sam, Set.of("Sam"));
            GroupsPreparation prepared = groups.prepare(GroupsChoice.ROOMS,
                    Map.of("Family", new RoomAnswer.Rename(TestAccounts.uniqueName("family"))),
                    Locale.ENGLISH);
            assertTrue(prepared.whyNotes().isEmpty(), () -> "groups would stay notes: "
                    + prepared.whyNotes().orElseThrow().format(Locale.ENGLISH));
            assertEquals("conference." + TestServer.DOMAIN, prepared.service());
            assertEquals(GroupsChoice.ROOMS, prepared.choice());

            GroupsOutcome outcome = groups.start(prepared, false, List.of(), GroupsListener.NONE).run();
            RoomOutcome made = outcome.rooms().get(0);
            assertTrue(outcome.complete(), made.verification().toString());
            assertTrue(made.upload().orElseThrow().sentNow() > 0, "the history went into the room");

            List<ArchivedItem> items = new ArrayList<>();
            try (XmppSession session = sam.opener().open()) {
                new ArchiveReader(session, JidCreate.entityBareFrom(made.group().room())).read(null, null, items::add);
            }
            assertEquals(made.upload().orElseThrow().sentNow(), items.size(), "the room's archive holds each message once");
            assertTrue(items.stream().allMatch(ArchivedItem::imported), "all marked as imported");
        }
    }
}
