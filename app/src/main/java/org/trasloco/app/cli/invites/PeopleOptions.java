package org.trasloco.app.cli.invites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.kit.CardGroup;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.invites.InvitationList;
import org.trasloco.move.invites.KitGroups;
import org.trasloco.move.invites.PersonInvitation;
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

    /** Whether any source was given. */
    boolean given() {
        return peopleFile != null || workspaceFile != null;
    }

    /** The source named in messages: the workspace, else the file. */
    Path source() {
        return workspaceFile != null ? workspaceFile : peopleFile;
    }

    /** Fails in the user's words when {@code --workspace} names no file. */
    void requireWorkspace() {
        if (!Files.isRegularFile(workspaceFile)) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, InvitesCliText.WORKSPACE_MISSING, workspaceFile);
        }
    }

    /** The invitations of everyone to invite, or none when no source was given. */
    List<PersonInvitation> load(InvitationList list, Locale language) {
        List<PersonInvitation> people = new ArrayList<>();
        if (workspaceFile != null) {
            requireWorkspace();
            try (Workspace workspace = Workspace.open(workspaceFile)) {
                people.addAll(list.forMove(MoveChoices.of(workspace), language));
            }
        }
        if (peopleFile != null) {
            people.addAll(list.forFile(peopleFile, language));
        }
        return people;
    }

    /** The group chats of the workspace's people, by contact id; none without {@code --workspace}. */
    Map<Long, List<CardGroup>> groups(XmppAddress account) {
        if (workspaceFile == null) {
            return Map.of();
        }
        requireWorkspace();
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            return KitGroups.byContact(MoveChoices.of(workspace), account);
        }
    }
}
