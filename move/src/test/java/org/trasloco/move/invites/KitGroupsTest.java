package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.invites.kit.CardGroup;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.chats.ChatImport;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupListing;

/**
 * Sam moved the family's WhatsApp group into a group chat and invites Ada and Jess (in the family
 * group) and Bea (only in a chat of her own): Ada's and Jess's cards name the family's group chat,
 * Bea's names none; while the groups went into Sam's own archive as notes, no card names any.
 */
class KitGroupsTest {

    private static final XmppAddress SAM = XmppAddress.parse("sam@example.org");
    private static final String ROOM = "family@conference.example.org";

    /** A family group of three, as WhatsApp on Android exports it. */
    private static final String FAMILY = """
            14/02/2024, 09:12 - Jess Moreau: Route for Sunday
            14/02/2024, 09:13 - Sam: See you there
            15/02/2024, 10:01 - Ada: Ciao a tutti!
            """;

    /** A chat of two: Sam and Bea, who is in no group. */
    private static final String BEA = """
            16/02/2024, 18:40 - Bea: Are you on the new app yet?
            16/02/2024, 18:41 - Sam: Soon, I am printing the cards
            """;

    @TempDir
    Path dir;

    @Test
    void thePeopleToComeOfAGroupInAGroupChatHaveItOnTheirCard() throws Exception {
        try (Workspace workspace = move()) {
            MoveChoices choices = MoveChoices.of(workspace);
            inRooms(choices);
            Map<Long, List<CardGroup>> groups = KitGroups.byContact(choices, SAM);
            CardGroup family = new CardGroup("Family", "xmpp:" + ROOM + "?join");
            assertEquals(Map.of(InvitedFamily.id(workspace, "Ada"), List.of(family),
                    InvitedFamily.id(workspace, "Jess Moreau"), List.of(family)), groups);

            Inviter sam = new Inviter("Sam", SAM);
            List<PersonInvitation> invitations = new InvitationList(sam, LandingLinks.standard()).forMove(choices,
                    Locale.ENGLISH);
            KitOrder order = KitOrder.forInvitations(sam, Locale.ENGLISH, PaperFormat.A4, PrintSize.LARGE, null,
                    LandingLinks.standard(), invitations, groups);
            PersonInvitation ada = invitations.stream().filter(i -> i.name().equals("Ada")).findFirst().orElseThrow();
            PersonInvitation bea = invitations.stream().filter(i -> i.name().equals("Bea")).findFirst().orElseThrow();
            assertEquals(List.of(family), order.groups().get(ada.message().invitee()));
            assertFalse(order.groups().containsKey(bea.message().invitee()));

            String text = text(Kits.pdf(order)).replaceAll("\\s+", " ");
            assertTrue(text.contains("For Ada"), text);
            assertTrue(text.contains("You will also be in the group chat “Family”. Once you have joined with this card, "
                    + "its invitation arrives in your app by itself."), text);
            assertTrue(text.contains("xmpp:" + ROOM + "?join"), text);
            // Ada and Jess: the sentence is on two cards, not on Bea's.
            assertEquals(3, text.split("the group chat “Family”", -1).length, text);
            assertTrue(text.contains("For Bea"), text);
        }
    }

    @Test
    void groupsKeptAsNotesAreOnNoCard() throws Exception {
        try (Workspace workspace = move()) {
            MoveChoices choices = MoveChoices.of(workspace);
            inRooms(choices);
            choices.groups(SAM, GroupsChoice.NOTES);
            assertEquals(Map.of(), KitGroups.byContact(choices, SAM));
            assertEquals(Map.of(), KitGroups.byContact(choices, XmppAddress.parse("someone.else@example.org")));
        }
    }

    @Test
    void aMemberByAddressHasTheGroupOnTheirCardAndAGroupWithoutRoomIsOnNone() {
        // Ada joined already (the contact has her address, the room has her as a member); Jess is to come.
        Contact ada = new Contact(1, "Ada", List.of(), List.of(), List.of(), "Ada@Example.org", Decision.INVITE);
        Contact jess = new Contact(2, "Jess Moreau", List.of(), List.of(), List.of(), null, Decision.INVITE);
        Contact bea = new Contact(3, "Bea", List.of(), List.of(), List.of(), null, Decision.INVITE);
        GroupListing family = new GroupListing(group("Family"), GroupListing.Where.ROOM, ROOM,
                List.of(new GroupListing.Member("ada@example.org", "Ada", true, true)), List.of("Jess Moreau"));
        GroupListing choir = new GroupListing(group("Choir"), GroupListing.Where.NOT_YET, null, List.of(),
                List.of("Bea", "Jess Moreau"));
        CardGroup card = new CardGroup("Family", "xmpp:" + ROOM + "?join");
        assertEquals(Map.of(1L, List.of(card), 2L, List.of(card)),
                KitGroups.byContact(List.of(family, choir), List.of(ada, jess, bea)));
    }

    private static ConversationSummary group(String title) {
        return new ConversationSummary(Network.WHATSAPP, title.toLowerCase(Locale.ROOT), title, ConversationKind.GROUP,
                3, 0, 0, null, null, 3);
    }

    /** The family group went into its room on Sam's server. */
    private static void inRooms(MoveChoices choices) {
        ConversationSummary family = choices.workspace().conversations().stream()
                .filter(c -> c.kind() == ConversationKind.GROUP).findFirst().orElseThrow();
        choices.groups(SAM, GroupsChoice.ROOMS);
        choices.groupRoom(SAM, MoveChoices.keyOf(family), ROOM);
    }

    private Workspace move() throws Exception {
        Path family = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), FAMILY);
        Path bea = Files.writeString(dir.resolve("WhatsApp Chat with Bea.txt"), BEA);
        Workspace workspace = Workspace.open(dir.resolve("move.trasloco"));
        new ChatImport(workspace, ExportDetector.standard()).importAll(List.of(family, bea),
                ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), outcome -> { }, Cancellation.NEVER);
        People people = People.open(workspace, null, Locale.ENGLISH);
        List<ContactDecision> decisions = people.refresh().people().stream()
                .map(p -> new ContactDecision(p.contact().id(),
                        p.name().equals("Sam") ? Decision.ME : Decision.INVITE, null)).toList();
        people.decide(decisions);
        return workspace;
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
