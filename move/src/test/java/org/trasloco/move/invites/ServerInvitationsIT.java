package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ServerInvitationStore;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.invitation.RosterCheck;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.registration.AccountCreator;
import org.trasloco.xmpp.registration.AccountRequest;
import org.trasloco.xmpp.registration.CreatedAccount;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * Prosody 0.12 makes the invitations (mod_invites_adhoc) on a server where accounts are created only
 * with an invitation: the people Sam invites sign up with theirs and Trasloco gives them their address.
 */
class ServerInvitationsIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withRegistration(ProsodyConfig.Registration.INVITE_ONLY));

    @TempDir
    Path dir;

    @Test
    void everyoneToInviteGetsAServerInvitationAndWhoSignsUpWithItGetsTheirAddress(TestProsody prosody) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            AccountAccess sam = sam(prosody, choices, password);
            ServerInvitations invitations = new ServerInvitations(choices, sam.account().address(), Clock.systemUTC());

            ServerInvitationReport first = invitations.run(sam, ProgressListener.NONE, Cancellation.NEVER);
            assertTrue(first.offered());
            assertTrue(first.allowSignUp(), "the test server lets users invite people to sign up");
            assertEquals(List.of(2, 0, 0), List.of(first.created(), first.renewed(), first.kept()));
            ServerInvitationReport again = invitations.run(sam, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(List.of(0, 0, 2), List.of(again.created(), again.renewed(), again.kept()), "made once");

            // The share texts and the kit's cards carry the server's invitations.
            Inviter inviter = InvitationList.inviterOf(choices).orElseThrow();
            List<PersonInvitation> list = new InvitationList(inviter, LandingLinks.standard()).forMove(choices, Locale.ENGLISH);
            Map<Long, ServerInvite> current = invitations.current();
            assertEquals(2, list.size());
            for (PersonInvitation person : list) {
                String token = current.get(person.contactId()).token();
                assertEquals("xmpp:" + inviter.address() + "?roster;preauth=" + token + ";ibr=y",
                        person.message().link().uri().toString());
                assertEquals(LandingLinks.DEFAULT_BASE + inviter.address() + "?roster;preauth=" + token + ";ibr=y",
                        person.message().link().landing(), "no landing page of the server's: the usual one");
                assertTrue(person.message().text().contains(person.message().link().landing()));
            }
            KitResult kit = Kits.write(KitOrder.forInvitations(inviter, Locale.ENGLISH, PaperFormat.A4, PrintSize.NORMAL,
                    null, LandingLinks.standard(), list), new ByteArrayOutputStream());
            for (ServerInvite invite : current.values()) {
                assertTrue(kit.links().stream().anyMatch(link -> link.contains("preauth=" + invite.token())), kit.links().toString());
            }

            // Ada signs up under a name of her own, Jess under his name; both with their invitation.
            ServerInvitationStore store = workspace.serverInvitations(sam.account().address().toString());
            String ada = signUp(prosody, store, InvitedFamily.id(workspace, "Ada"), TestAccounts.uniqueName("nonna"));
            String jess = signUp(prosody, store, InvitedFamily.id(workspace, "Jess Moreau"), "jess.moreau");

            ServerInvitationReport joined = invitations.run(sam, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(List.of(new ServerInvitationReport.Joined(InvitedFamily.id(workspace, "Ada"), "Ada", ada),
                    new ServerInvitationReport.Joined(InvitedFamily.id(workspace, "Jess Moreau"), "Jess Moreau", jess)),
                    joined.joined().stream().sorted(java.util.Comparator.comparing(ServerInvitationReport.Joined::name)).toList());
            assertEquals(List.of(), joined.untied());
            assertEquals(List.of(0, 0, 0), List.of(joined.created(), joined.renewed(), joined.kept()));
            for (Contact person : List.of(contact(workspace, "Ada"), contact(workspace, "Jess Moreau"))) {
                assertEquals(Decision.KNOWN, person.decision(), "the next upload files their chats under the address");
            }
            assertEquals(ada, contact(workspace, "Ada").xmppAddress());
            assertEquals(jess, store.of(InvitedFamily.id(workspace, "Jess Moreau")).orElseThrow().usedBy());
            try (XmppSession session = sam.opener().open()) {
                assertTrue(RosterCheck.isMutualContact(session, ada), "Ada and Sam are each other's contacts");
            }
            assertEquals(List.of(), new InvitationList(inviter, LandingLinks.standard()).forMove(choices, Locale.ENGLISH));
        }
    }

    @Test
    void expiredInvitationsAreRenewed(TestProsody prosody) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            AccountAccess sam = sam(prosody, choices, password);
            XmppAddress account = sam.account().address();
            new ServerInvitations(choices, account, Clock.systemUTC()).run(sam, ProgressListener.NONE, Cancellation.NEVER);
            ServerInvitationStore store = workspace.serverInvitations(account.toString());
            ServerInvitationStore.Invitation before = store.all().get(0);
            assertNotEquals(null, before.expires(), "Prosody says when its invitations expire");

            // A week and a day later (Prosody's invitations last a week).
            Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(8)), ZoneOffset.UTC);
            ServerInvitations renewing = new ServerInvitations(choices, account, later);
            assertEquals(Map.of(), renewing.current(), "expired invitations are not handed out");
            ServerInvitationReport report = renewing.run(sam, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(List.of(0, 2, 0), List.of(report.created(), report.renewed(), report.kept()));
            ServerInvitationStore.Invitation after = store.of(before.contactId()).orElseThrow();
            assertNotEquals(InvitationUri.parse(before.uri()).token(), InvitationUri.parse(after.uri()).token());
            assertNull(after.usedBy());
            assertEquals(2, store.all().size(), "one invitation per person: the renewed one replaces the old");
        }
    }

    private static AccountAccess sam(TestProsody prosody, MoveChoices choices, Password password) {
        return new AccountAccess(InvitedFamily.samOn(prosody, choices), password, Locale.ENGLISH);
    }

    /** Signs up with a person's invitation, as their app does: the token first, then the account. */
    private static String signUp(TestProsody prosody, ServerInvitationStore store, long contactId, String name) {
        ServerInvitationStore.Invitation invitation = store.of(contactId).orElseThrow();
        CreatedAccount account = new AccountCreator(TestAccounts.connector()).create(
                AccountRequest.named(prosody.address(), name, Password.of("pw")).withInvitation(
                        InvitationUri.parse(invitation.uri())), (form, questions) -> new RegistrationAnswers());
        assertTrue(account.inviterIsContact());
        return account.jid();
    }

    private static Contact contact(Workspace workspace, String name) {
        return workspace.contacts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void noInvitationIsMadeForSomeoneNotMarkedInvite(TestProsody prosody) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            AccountAccess sam = sam(prosody, choices, password);
            new ServerInvitations(choices, sam.account().address(), Clock.systemUTC())
                    .run(sam, ProgressListener.NONE, Cancellation.NEVER);
            assertFalse(workspace.serverInvitations(sam.account().address().toString()).of(
                    InvitedFamily.id(workspace, "Sam")).isPresent());
        }
    }
}
