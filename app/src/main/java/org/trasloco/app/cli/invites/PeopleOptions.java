package org.trasloco.app.cli.invites;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trasloco.invites.people.Invitees;
import org.trasloco.invites.people.Invitee;
import picocli.CommandLine.Option;

/**
 * Where the people to invite come from. For now a CSV file ({@code --people}); the workspace's
 * contacts marked "invite" join here ({@code --workspace}) once the workspace stores contacts:
 * {@code Invitees.fromContacts(workspace.contacts(), language)} is ready for it.
 */
final class PeopleOptions {

    @Option(names = "--people", paramLabel = "FILE", descriptionKey = "people")
    Path peopleFile;

    /** The people to invite, or none when no source was given. */
    List<Invitee> load(Locale language) {
        return peopleFile == null ? List.of() : Invitees.fromCsv(peopleFile, language);
    }
}
