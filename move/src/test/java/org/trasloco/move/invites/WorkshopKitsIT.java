package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.login.AccountAddress;
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
 * A workshop on a server that creates accounts only with an invitation: the administrator has one
 * created per participant, each participant's kit carries theirs, and a participant signs up with it.
 */
class WorkshopKitsIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withRegistration(ProsodyConfig.Registration.INVITE_ONLY));

    private static boolean adminRegistered;

    @TempDir
    Path dir;

    @Test
    void theAdministratorCreatesAnInvitationPerParticipantAndEachWorksOnce(TestProsody prosody) throws Exception {
        registerAdmin(prosody);
        WorkshopKits workshop = new WorkshopKits(prosody.domain(), LandingLinks.standard(), null);
        Path csv = Files.writeString(dir.resolve("participants.csv"),
                "name,language,token\nAnna Rossi,it,\nJess Moreau,en,\nLuca,it,GIVEN-IN-THE-LIST\n");
        List<PlannedParticipant> plan = workshop.plan(csv, Locale.ITALIAN);
        List<long[]> progress = new ArrayList<>();

        List<PlannedParticipant> invited;
        try (Password password = Password.of("admin's password")) {
            invited = workshop.createAccountInvitations(plan, admin(prosody, "admin", password).opener(),
                    (done, total) -> progress.add(new long[] {done, total}), Cancellation.NEVER);
        }

        assertEquals(List.of("0/2", "1/2", "2/2"), progress.stream().map(p -> p[0] + "/" + p[1]).toList());
        assertEquals("GIVEN-IN-THE-LIST", invited.get(2).participant().accountToken(), "a token from the list is kept");
        Set<String> tokens = invited.stream().map(p -> p.participant().accountToken()).collect(Collectors.toSet());
        assertEquals(3, tokens.size(), "a token of its own for everyone");

        KitResult kits = workshop.writeAll(invited, PaperFormat.A4, PrintSize.NORMAL, Locale.ENGLISH, dir.resolve("kits.pdf"));
        String annasLink = kits.links().stream()
                .filter(link -> link.endsWith("#localhost?register;preauth=" + invited.get(0).participant().accountToken()))
                .findFirst().orElseThrow(() -> new AssertionError("Anna's invitation is printed: " + kits.links()));

        // Anna signs up with the invitation on her kit, with the address the plan suggested; once only.
        Invitation invitation = InvitationUri.parse(annasLink);
        AccountCreator creator = new AccountCreator(TestAccounts.connector());
        CreatedAccount anna = creator.create(AccountRequest.named(prosody.address(), invited.get(0).address().local(),
                Password.of("anna's password")).withInvitation(invitation), (form, questions) -> new RegistrationAnswers());
        assertEquals("anna.rossi@localhost", anna.jid());
        TraslocoException again = assertThrows(TraslocoException.class, () -> creator.create(AccountRequest.named(
                prosody.address(), "someone.else", Password.of("pw")).withInvitation(invitation),
                (form, questions) -> new RegistrationAnswers()));
        assertEquals(TraslocoException.Kind.REFUSED, again.kind());
    }

    @Test
    void anAccountThatIsNotAnAdministratorIsRefusedInPlainWords(TestProsody prosody) throws Exception {
        String name = TestAccounts.uniqueName("volunteer");
        prosody.registerUser(name, "pw");
        WorkshopKits workshop = new WorkshopKits(prosody.domain(), LandingLinks.standard(), null);
        List<PlannedParticipant> plan = workshop.plan(Files.writeString(dir.resolve("p.csv"), "name\nAnna\n"), Locale.ENGLISH);
        try (Password password = Password.of("pw")) {
            TraslocoException refused = assertThrows(TraslocoException.class, () -> workshop.createAccountInvitations(plan,
                    admin(prosody, name, password).opener(), (done, total) -> { }, Cancellation.NEVER));
            assertEquals(TraslocoException.Kind.REFUSED, refused.kind());
            assertTrue(refused.message(Locale.ENGLISH).contains("did not create an invitation"),
                    refused.message(Locale.ENGLISH));
        }
    }

    @Test
    void anAdministratorOfAnotherServerIsTurnedAway(TestProsody prosody) throws Exception {
        registerAdmin(prosody);
        WorkshopKits workshop = new WorkshopKits("example.org", LandingLinks.standard(), null);
        List<PlannedParticipant> plan = workshop.plan(Files.writeString(dir.resolve("p.csv"), "name\nAnna\n"), Locale.ENGLISH);
        try (Password password = Password.of("admin's password")) {
            TraslocoException other = assertThrows(TraslocoException.class, () -> workshop.createAccountInvitations(plan,
                    admin(prosody, "admin", password).opener(), (done, total) -> { }, Cancellation.NEVER));
            assertEquals(TraslocoException.Kind.USAGE, other.kind());
            assertTrue(other.message(Locale.ENGLISH).contains("example.org"), other.message(Locale.ENGLISH));
        }
    }

    /** The test server's administrator (admin@localhost in its configuration), registered once. */
    private static synchronized void registerAdmin(TestProsody prosody) {
        if (!adminRegistered) {
            prosody.registerUser("admin", "admin's password");
            adminRegistered = true;
        }
    }

    private static AccountAccess admin(TestProsody prosody, String name, Password password) {
        return new AccountAccess(new ChosenAccount(AccountAddress.parse(name + "@localhost"), prosody.address()), password,
                Locale.ENGLISH);
    }
}
