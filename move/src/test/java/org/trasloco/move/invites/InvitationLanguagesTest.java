package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.contacts.Person;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.chats.ChatImport;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.login.AccountAddress;

/**
 * Each invitation is written in its person's language: the one the user chose, else the language
 * WhatsApp wrote the person's chats in (its own words in an export are in its user's language), else
 * the user's own. Never English only because nothing said otherwise.
 */
class InvitationLanguagesTest {

    /** Exported from an Italian phone: the encryption notice and "media omitted" are Italian. */
    private static final String NONNA = """
            14/02/2024, 09:00 - I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli.
            14/02/2024, 09:12 - Pia: Buongiorno nonna
            14/02/2024, 09:13 - Nonna: <Media omessi>
            """;
    /** Exported from the same phone, with an English friend. */
    private static final String JESS = """
            14/02/2024, 09:00 - I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli.
            15/02/2024, 10:00 - Pia: Hi Jess
            15/02/2024, 10:01 - Jess: Hi!
            """;
    /** An export that says nothing about its language. */
    private static final String ZOE = """
            16/02/2024, 10:00 - Pia: Salut Zoé
            16/02/2024, 10:01 - Zoé: Salut !
            """;

    @TempDir
    Path dir;

    @Test
    void theChatsExportLanguageComesBeforeTheUsersAndTheUsersChoiceBeforeBoth() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            Map<String, Long> ids = importAndInviteEveryone(workspace);
            MoveChoices choices = MoveChoices.of(workspace);

            InvitationLanguages languages = InvitationLanguages.of(choices, Locale.ENGLISH);
            assertEquals(Locale.ITALIAN, languages.of(ids.get("Nonna")), "her chat was exported in Italian");
            assertEquals(Locale.ITALIAN, languages.of(ids.get("Jess")), "the export tells the phone's language");
            assertEquals(Optional.empty(), languages.fromChats(ids.get("Zoé")));
            assertEquals(Locale.ENGLISH, languages.of(ids.get("Zoé")), "nothing told: the user's language");
            assertEquals(Locale.ITALIAN, InvitationLanguages.of(choices, Locale.ITALIAN).of(ids.get("Zoé")));
            assertEquals(Optional.of(Locale.ITALIAN), languages.ofTheExports());

            choices.invitationLanguage(ids.get("Jess"), Locale.ENGLISH);
            assertEquals(Locale.ENGLISH, InvitationLanguages.of(choices, Locale.ITALIAN).of(ids.get("Jess")),
                    "the user's choice for a person comes first");
        }
    }

    @Test
    void theInvitationsOfAMoveAreWrittenInEachPersonsLanguage() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            Map<String, Long> ids = importAndInviteEveryone(workspace);
            MoveChoices choices = MoveChoices.of(workspace);
            choices.account(ChosenAccount.standard(AccountAddress.parse("pia@example.org")));
            choices.invitationLanguage(ids.get("Jess"), Locale.ENGLISH);

            Inviter pia = InvitationList.inviterOf(choices).orElseThrow();
            assertEquals("Pia", pia.name(), "the name of the person marked 'this is me'");
            assertEquals("pia@example.org", pia.address().toString());
            Map<String, PersonInvitation> invitations = new InvitationList(pia, LandingLinks.standard())
                    .forMove(choices, Locale.ENGLISH).stream()
                    .collect(Collectors.toMap(PersonInvitation::name, invitation -> invitation));
            assertTrue(invitations.get("Nonna").message().text().startsWith("Ciao Nonna!"),
                    invitations.get("Nonna").message().text());
            assertTrue(invitations.get("Jess").message().text().startsWith("Hi Jess!"), invitations.get("Jess").message().text());
            assertEquals(Locale.ENGLISH, invitations.get("Zoé").message().invitee().language());
        }
    }

    @Test
    void withoutAnAccountThereIsNoInviterYet() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            assertEquals(Optional.empty(), InvitationList.inviterOf(MoveChoices.of(workspace)));
        }
    }

    private Map<String, Long> importAndInviteEveryone(Workspace workspace) throws Exception {
        List<Path> exports = List.of(Files.writeString(dir.resolve("WhatsApp Chat with Nonna.txt"), NONNA),
                Files.writeString(dir.resolve("WhatsApp Chat with Jess.txt"), JESS),
                Files.writeString(dir.resolve("WhatsApp Chat with Zoé.txt"), ZOE));
        new ChatImport(workspace, ExportDetector.standard()).importAll(exports, ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH),
                outcome -> { }, Cancellation.NEVER);
        People people = People.open(workspace, null, Locale.ENGLISH);
        List<Person> everyone = people.refresh().people();
        Person pia = everyone.stream().filter(p -> p.name().equals("Pia")).findFirst().orElseThrow();
        people.confirmMe(pia);
        people.decide(everyone.stream().filter(p -> !p.name().equals("Pia"))
                .map(p -> new ContactDecision(p.contact().id(), Decision.INVITE, null)).toList());
        return people.refresh().people().stream().collect(Collectors.toMap(Person::name, p -> p.contact().id()));
    }
}
