package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jivesoftware.smackx.muc.Affiliate;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ServerInvitationStore;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupListing;
import org.trasloco.move.groups.GroupMove;
import org.trasloco.move.groups.GroupsListener;
import org.trasloco.move.groups.GroupsOutcome;
import org.trasloco.move.groups.RoomAnswer;
import org.trasloco.move.groups.RoomOutcome;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.groupchat.RoomPlaces;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.invitation.RosterCheck;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.registration.AccountCreator;
import org.trasloco.xmpp.registration.AccountRequest;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * The family group becomes a group chat before the relatives have an address; the server's
 * invitations keep their places in it (protocol section 10.7). Ada signs up with hers and is a member
 * of the group chat, under her nickname, with its invitation waiting — while Sam's Trasloco is closed.
 */
class GroupChatInvitationsIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withRegistration(ProsodyConfig.Registration.INVITE_ONLY).withModule("archive_import").withGroupChats(true)
            .withGlobal("archive_import_rate = 0"));

    @TempDir
    Path dir;

    @Test
    void whoSignsUpWithTheirInvitationIsInTheFamilyGroupChatAtOnce(TestProsody prosody) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            AccountAccess sam = new AccountAccess(InvitedFamily.samOn(prosody, choices), password, Locale.ENGLISH);
            XmppAddress account = sam.account().address();

            // The group becomes a group chat; Ada and Jess have no address yet: still to come.
            GroupMove groups = new GroupMove(choices, sam, Set.of("Sam"));
            RoomOutcome made = groups.start(groups.prepare(GroupsChoice.ROOMS, freshRoom(), Locale.ENGLISH), false, List.of(),
                    GroupsListener.NONE).run().rooms().get(0);
            EntityBareJid room = JidCreate.entityBareFrom(made.group().room());
            assertEquals(Map.of("Ada", "Ada", "Jess Moreau", "Jess Moreau"), made.group().pending());

            // The server's invitations keep their places in it.
            ServerInvitations invitations = new ServerInvitations(choices, account, Clock.systemUTC());
            ServerInvitationReport report = invitations.run(sam, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(2, report.placed(), report.toString());
            assertTrue(report.summary().stream().anyMatch(line -> line.format(Locale.ENGLISH)
                    .startsWith("2 people you invite are also in your group chats")), report.summary().toString());
            ServerInvitationStore store = workspace.serverInvitations(account.toString());
            String adaToken = token(store, InvitedFamily.id(workspace, "Ada"));
            try (XmppSession session = sam.opener().open()) {
                List<RoomPlaces.Kept> kept = new RoomPlaces(session).kept();
                assertEquals(2, kept.size(), kept.toString());
                RoomPlaces.Kept ada = kept.stream().filter(k -> k.token().equals(adaToken)).findFirst().orElseThrow();
                assertEquals(List.of(room.toString()), ada.places().stream().map(RoomPlaces.Place::room).toList());
                assertEquals("Ada", ada.places().get(0).nickname());
                assertTrue(ada.places().get(0).reason().contains("xmpp:" + room + "?join"), ada.places().get(0).reason());
                assertEquals(null, ada.joined());
            }

            // Ada signs up with her invitation; nobody runs Trasloco.
            String adaAddress = new AccountCreator(TestAccounts.connector()).create(
                    AccountRequest.named(prosody.address(), TestAccounts.uniqueName("nonna"), Password.of("pw"))
                            .withInvitation(InvitationUri.parse(store.of(InvitedFamily.id(workspace, "Ada")).orElseThrow().uri())),
                    (form, questions) -> new RegistrationAnswers()).jid();

            try (XmppSession session = sam.opener().open()) {
                List<Affiliate> members = MultiUserChatManager.getInstanceFor(session.connection()).getMultiUserChat(room)
                        .getMembers();
                Affiliate ada = members.stream().filter(m -> m.getJid().toString().equals(adaAddress)).findFirst()
                        .orElseThrow(() -> new AssertionError("Ada is a member: " + members));
                assertEquals("Ada", ada.getNick().toString(), "her nickname in the group's history is reserved for her");
                assertTrue(RosterCheck.isMutualContact(session, adaAddress), "and Sam and Ada are each other's contacts");
            }
            AccountAccess adaAccess = new AccountAccess(new ChosenAccount(XmppAddress.account(adaAddress), prosody.address()),
                    Password.of("pw"), Locale.ENGLISH);
            try (XmppSession session = adaAccess.opener().open()) {
                List<ArchivedItem> waiting = new ArrayList<>();
                new ArchiveReader(session).read(null, null, waiting::add);
                List<ArchivedItem> fromSam = waiting.stream().filter(item -> item.from().startsWith(account.toString()))
                        .toList();
                assertEquals(1, fromSam.size(), "the group chat's invitation waits for her: " + waiting);
                assertTrue(fromSam.get(0).body().contains("xmpp:" + room + "?join"), fromSam.get(0).body());
                // And she may enter: the group's history is there for her.
                assertTrue(MultiUserChatManager.getInstanceFor(session.connection()).getRoomInfo(room).isMembersOnly());
            }

            // Sam's next look: Ada is tied by the server's word, a member and invited already.
            ServerInvitationReport next = invitations.run(sam, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(List.of(new ServerInvitationReport.Joined(InvitedFamily.id(workspace, "Ada"), "Ada", adaAddress)),
                    next.joined());
            assertEquals(1, next.placed(), "Jess's place is still kept");
            assertEquals(Decision.KNOWN, workspace.contacts().stream().filter(c -> c.name().equals("Ada")).findFirst()
                    .orElseThrow().decision());
            GroupListing listing = groups.listing().get(0);
            assertEquals(List.of(new GroupListing.Member(adaAddress, "Ada", true, true)), listing.members());
            assertEquals(List.of("Jess Moreau"), listing.pending());

            // The next upload neither adds nor invites her again.
            GroupsOutcome again = groups.start(groups.prepare(GroupsChoice.ROOMS, Map.of(), Locale.ENGLISH), false,
                    List.of(), GroupsListener.NONE).run();
            assertEquals(List.of(), again.rooms().get(0).membersAdded());
            assertEquals(List.of(), again.rooms().get(0).invited());
            assertTrue(again.complete(), again.rooms().get(0).verification().toString());
        }
    }

    @Test
    void placesAreOnlyForOnesOwnInvitationsAndRooms(TestProsody prosody) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            AccountAccess sam = new AccountAccess(InvitedFamily.samOn(prosody, choices), password, Locale.ENGLISH);
            GroupMove groups = new GroupMove(choices, sam, Set.of("Sam"));
            String room = groups.start(groups.prepare(GroupsChoice.ROOMS, freshRoom(), Locale.ENGLISH), false, List.of(),
                    GroupsListener.NONE).run().rooms().get(0).group().room();
            new ServerInvitations(choices, sam.account().address(), Clock.systemUTC())
                    .run(sam, ProgressListener.NONE, Cancellation.NEVER);
            String samsToken = token(workspace.serverInvitations(sam.account().address().toString()),
                    InvitedFamily.id(workspace, "Ada"));

            String mallory = TestAccounts.uniqueName("mallory");
            prosody.registerUser(mallory, "pw");
            AccountAccess malloryAccess = new AccountAccess(new ChosenAccount(XmppAddress.account(mallory + "@localhost"),
                    prosody.address()), Password.of("pw"), Locale.ENGLISH);
            try (XmppSession session = malloryAccess.opener().open()) {
                RoomPlaces places = new RoomPlaces(session);
                assertTrue(places.offered());
                assertFalse(places.keep(samsToken, List.of()), "someone else's invitation is unknown to Mallory");
                assertEquals(List.of(), places.kept());
            }
            try (XmppSession session = sam.opener().open()) {
                RoomPlaces places = new RoomPlaces(session);
                TraslocoException refused = assertThrows(TraslocoException.class, () -> places.keep(samsToken,
                        List.of(new RoomPlaces.Place("not-there@" + ProsodyConfig.GROUP_CHATS, "Ada", null))));
                assertEquals(TraslocoException.Kind.REFUSED, refused.kind());
                assertTrue(places.keep(samsToken, List.of(new RoomPlaces.Place(room, "Ada", null))));
            }
        }
    }

    /** A room name of its own for each test's family group (the tests share one server). */
    private static Map<String, RoomAnswer> freshRoom() {
        return Map.of("Family", new RoomAnswer.Rename(TestAccounts.uniqueName("family")));
    }

    private static String token(ServerInvitationStore store, long contactId) {
        return InvitationUri.parse(store.of(contactId).orElseThrow().uri()).token();
    }
}
