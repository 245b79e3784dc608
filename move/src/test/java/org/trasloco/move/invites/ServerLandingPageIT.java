package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * A server with a landing page for its invitations (mod_invites_page from Debian's prosody-modules,
 * pointing at the operator's own page): the cards and share texts carry that page.
 */
class ServerLandingPageIT {

    private static final String PAGE = "https://invite.localhost/join/";

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withModule("invites_page")
            .withHostLine("invites_page_external = true")
            .withHostLine("invites_page = \"" + PAGE + "{invite.token}\""));

    @TempDir
    Path dir;

    @Test
    void theServersLandingPageGoesOnTheCardsAndInTheTexts(TestProsody prosody) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            ChosenAccount account = InvitedFamily.samOn(prosody, choices);
            ServerInvitations invitations = new ServerInvitations(choices, account.address(), Clock.systemUTC());
            assertEquals(2, invitations.run(new AccountAccess(account, password, Locale.ENGLISH), ProgressListener.NONE,
                    Cancellation.NEVER).created());

            Inviter inviter = InvitationList.inviterOf(choices).orElseThrow();
            List<PersonInvitation> list = new InvitationList(inviter, LandingLinks.standard()).forMove(choices, Locale.ITALIAN);
            KitResult kit = Kits.write(KitOrder.forInvitations(inviter, Locale.ITALIAN, PaperFormat.A4, PrintSize.LARGE,
                    null, LandingLinks.standard(), list), new ByteArrayOutputStream());
            for (PersonInvitation person : list) {
                ServerInvite invite = invitations.current().get(person.contactId());
                assertEquals(PAGE + invite.token(), invite.landingUrl());
                assertEquals(PAGE + invite.token(), person.message().link().landing());
                assertTrue(person.message().text().contains(PAGE + invite.token()), person.message().text());
                assertTrue(kit.links().contains(PAGE + invite.token()), kit.links().toString());
            }
        }
    }
}
