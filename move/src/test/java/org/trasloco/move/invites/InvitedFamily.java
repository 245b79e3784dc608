package org.trasloco.move.invites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.move.chats.ChatImport;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestServer;

/** A family chat exported by Sam from WhatsApp, with Ada and Jess marked to be invited. */
final class InvitedFamily {

    private static final String FAMILY = """
            14/02/2024, 09:12 - Jess Moreau: Route for Sunday
            14/02/2024, 09:13 - Sam: See you there
            15/02/2024, 10:01 - Ada: Ciao a tutti!
            """;

    private InvitedFamily() {
    }

    static Workspace open(Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), FAMILY);
        Workspace workspace = Workspace.open(dir.resolve("move.trasloco"));
        new ChatImport(workspace, ExportDetector.standard()).importAll(List.of(export),
                ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), outcome -> { }, Cancellation.NEVER);
        People people = People.open(workspace, null, Locale.ENGLISH);
        List<ContactDecision> invite = people.refresh().people().stream()
                .filter(p -> p.name().equals("Ada") || p.name().equals("Jess Moreau"))
                .map(p -> new ContactDecision(p.contact().id(), Decision.INVITE, null)).toList();
        people.decide(invite);
        return workspace;
    }

    /** Registers Sam (a fresh name, the password "pw") on a test server and makes it the move's account. */
    static ChosenAccount samOn(TestServer server, MoveChoices choices) {
        String name = TestAccounts.uniqueName("sam");
        server.registerUser(name, "pw");
        ChosenAccount account = new ChosenAccount(XmppAddress.account(name + "@localhost"), server.address());
        choices.account(account);
        return account;
    }

    static long id(Workspace workspace, String name) {
        return workspace.contacts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
