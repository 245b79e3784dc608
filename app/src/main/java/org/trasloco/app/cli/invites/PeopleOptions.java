package org.trasloco.app.cli.invites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Invitees;
import picocli.CommandLine.Option;

/**
 * Where the people to invite come from: the workspace's contacts marked "invite" in the people step
 * ({@code --workspace}), a CSV file ({@code --people}), or both.
 */
final class PeopleOptions {

    @Option(names = "--people", paramLabel = "FILE", descriptionKey = "people")
    Path peopleFile;

    @Option(names = "--workspace", paramLabel = "FILE", descriptionKey = "workspace")
    Path workspaceFile;

    /** The people to invite, or none when no source was given. */
    List<Invitee> load(Locale language) {
        List<Invitee> people = new ArrayList<>();
        if (workspaceFile != null) {
            if (!Files.isRegularFile(workspaceFile)) {
                throw new TraslocoException(TraslocoException.Kind.USAGE, InvitesCliText.WORKSPACE_MISSING, workspaceFile);
            }
            try (Workspace workspace = Workspace.open(workspaceFile)) {
                people.addAll(Invitees.fromContacts(workspace.contacts(), language));
            }
        }
        if (peopleFile != null) {
            people.addAll(Invitees.fromCsv(peopleFile, language));
        }
        return people;
    }
}
