package org.trasloco.app.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.contacts.Person;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.move.chats.ChatImport;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.login.AccountAddress;

/**
 * A move as the steps before "Invite & print" leave it, set up directly: Sam's chats imported (one
 * exported from an Italian phone with Nonna Rosa, whose number the phone book gives; one with Jess
 * that tells no language), Sam confirmed as "me", both others marked "invite", and an account.
 */
final class MoveAtInvite {

    /** WhatsApp's own words in Italian: the chat was exported from a phone set to Italian. */
    static final String NONNA = """
            14/02/2024, 09:00 - I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o ascoltarli.
            14/02/2024, 09:12 - Sam: Buongiorno nonna
            14/02/2024, 09:13 - ‪+39 333 123 4567‬: <Media omessi>
            14/02/2024, 09:14 - ‪+39 333 123 4567‬: Che bella foto!
            """;
    static final String JESS = """
            15/02/2024, 10:00 - Sam: Route for Sunday?
            15/02/2024, 10:01 - Jess: See you there
            """;
    static final String PHONE_BOOK = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Nonna Rosa
            TEL;TYPE=CELL:+39 333 123 4567
            END:VCARD
            """;
    static final String ADDRESS = "sam@example.org";

    private MoveAtInvite() {
    }

    /**
     * Writes the move.
     *
     * @param dir where the exports and the workspace go
     * @param journey who is moving
     * @param step the step to open at
     * @return the workspace file
     */
    static Path create(Path dir, Journey journey, WizardStep step) throws Exception {
        Path file = dir.resolve("move.trasloco");
        List<Path> exports = List.of(Files.writeString(dir.resolve("WhatsApp Chat with Nonna.txt"), NONNA),
                Files.writeString(dir.resolve("WhatsApp Chat with Jess.txt"), JESS));
        try (Workspace workspace = Workspace.open(file)) {
            new ChatImport(workspace, ExportDetector.standard()).importAll(exports,
                    ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), outcome -> { }, Cancellation.NEVER);
            People people = People.open(workspace, null, Locale.ENGLISH);
            people.loadVCard(Files.writeString(dir.resolve("contacts.vcf"), PHONE_BOOK));
            Map<String, Person> byName = people.refresh().people().stream()
                    .collect(Collectors.toMap(Person::name, p -> p));
            people.confirmMe(byName.get("Sam"));
            people.decide(List.of(new ContactDecision(byName.get("Nonna Rosa").contact().id(), Decision.INVITE, null),
                    new ContactDecision(byName.get("Jess").contact().id(), Decision.INVITE, null)));
            MoveChoices choices = MoveChoices.of(workspace);
            choices.journey(journey);
            choices.account(ChosenAccount.standard(AccountAddress.parse(ADDRESS)));
            workspace.setProperty("wizard.step", step.name());
        }
        return file;
    }

    /** The ids of the people, by name. */
    static Map<String, Long> ids(Workspace workspace) {
        return workspace.contacts().stream().collect(Collectors.toMap(c -> c.name(), c -> c.id()));
    }
}
