package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.contacts.Person;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.Jid;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.chats.ChatImport;
import org.trasloco.move.choices.MoveChoices;

/** The people marked "invite" get an invitation in their language, remembered as sent; the kit prints their cards. */
class InvitationsAndKitsTest {

    private static final String FAMILY = """
            14/02/2024, 09:12 - Jess Moreau: Route for Sunday
            14/02/2024, 09:13 - Sam: See you there
            15/02/2024, 10:01 - Ada: Ciao a tutti!
            """;

    @TempDir
    Path dir;

    @Test
    void everyoneToInviteGetsAnInvitationAndTheSentOnesAreRemembered() throws Exception {
        Inviter sam = new Inviter("Sam", Jid.parse("sam@example.org"));
        try (Workspace workspace = familyWithAdaInvited()) {
            MoveChoices choices = MoveChoices.of(workspace);
            List<PersonInvitation> invitations = new InvitationList(sam, LandingLinks.standard()).forMove(choices,
                    Locale.ITALIAN);
            assertEquals(List.of("Ada"), invitations.stream().map(PersonInvitation::name).toList());
            PersonInvitation ada = invitations.get(0);
            assertEquals(Locale.ITALIAN, ada.message().invitee().language());
            assertTrue(ada.message().link().uri().toString().startsWith("xmpp:sam@example.org?roster"),
                    ada.message().link().uri().toString());
            assertTrue(ada.message().text().contains(ada.message().link().landing()), ada.message().text());
            assertEquals(false, ada.sent());

            choices.invitationSent(ada.contactId(), true);
            assertTrue(new InvitationList(sam, LandingLinks.standard()).forMove(choices, Locale.ITALIAN).get(0).sent());
        }
    }

    @Test
    void theKitIsSavedWholeAndPrivateAndItsPagesCanBeShown() throws Exception {
        Inviter sam = new Inviter("Sam", Jid.parse("sam@example.org"));
        KitOrder order;
        try (Workspace workspace = familyWithAdaInvited()) {
            order = new KitOrder(sam, Locale.ENGLISH, PaperFormat.A4, PrintSize.LARGE, null, LandingLinks.standard(),
                    new InvitationList(sam, LandingLinks.standard()).forMove(MoveChoices.of(workspace), Locale.ENGLISH)
                            .stream().map(invitation -> invitation.message().invitee()).toList());
        }
        Path file = dir.resolve("kit.pdf");
        KitResult saved = Kits.save(order, file);
        assertTrue(Files.size(file) > 10_000);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertTrue(saved.links().stream().anyMatch(link -> link.startsWith("xmpp:sam@example.org")), saved.links().toString());
        List<BufferedImage> pages = Kits.preview(order, 36);
        assertEquals(saved.pages(), pages.size());
        assertTrue(pages.get(0).getWidth() > 200 && pages.get(0).getHeight() > pages.get(0).getWidth(), "A4, upright");
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.filter(p -> p.getFileName().toString().contains("kit")).toList(),
                    "no half-written file is left beside it");
        }
    }

    private Workspace familyWithAdaInvited() throws Exception {
        Path export = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), FAMILY);
        Workspace workspace = Workspace.open(dir.resolve("move.trasloco"));
        new ChatImport(workspace, ExportDetector.standard()).importAll(List.of(export),
                ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), outcome -> { }, Cancellation.NEVER);
        People people = People.open(workspace, null, Locale.ENGLISH);
        Person ada = people.refresh().people().stream().filter(p -> p.name().equals("Ada")).findFirst().orElseThrow();
        people.decide(List.of(new ContactDecision(ada.contact().id(), Decision.INVITE, null)));
        return workspace;
    }
}
