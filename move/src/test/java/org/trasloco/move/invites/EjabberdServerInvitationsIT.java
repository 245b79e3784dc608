package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.TestEjabberd;

/**
 * ejabberd 23.01 makes no invitations (and closes the stream on an invitation token): Trasloco asks
 * its ad-hoc commands only, says so in plain words, and the invitations stay plain contact links.
 */
class EjabberdServerInvitationsIT {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults());

    @TempDir
    Path dir;

    @Test
    void aServerWithoutInvitationsIsNamedAndTheLinksStayPlain(TestEjabberd ejabberd) throws Exception {
        try (Workspace workspace = InvitedFamily.open(dir); Password password = Password.of("pw")) {
            MoveChoices choices = MoveChoices.of(workspace);
            ChosenAccount account = InvitedFamily.samOn(ejabberd, choices);
            ServerInvitations invitations = new ServerInvitations(choices, account.address(), Clock.systemUTC());

            ServerInvitationReport report = invitations.run(new AccountAccess(account, password, Locale.ENGLISH),
                    ProgressListener.NONE, Cancellation.NEVER);

            assertFalse(report.offered());
            assertEquals(1, report.summary().size());
            assertTrue(report.summary().get(0).format(Locale.ENGLISH).startsWith("localhost makes no invitations, so the "
                    + "invitations stay plain contact links"), report.summary().get(0).format(Locale.ENGLISH));
            assertTrue(report.summary().get(0).format(Locale.ITALIAN).startsWith("localhost non crea inviti"));
            assertEquals(List.of(), invitations.all());
            Inviter inviter = InvitationList.inviterOf(choices).orElseThrow();
            for (PersonInvitation person : new InvitationList(inviter, LandingLinks.standard()).forMove(choices,
                    Locale.ENGLISH)) {
                assertEquals("xmpp:" + inviter.address() + "?roster", person.message().link().uri().toString());
            }
        }
    }
}
