package org.trasloco.move.summary;

import java.nio.file.Path;
import java.util.Optional;
import org.trasloco.move.choices.WorkshopChoices;

/**
 * What a workshop's preparation did: the server, how many account invitations were created, and
 * where the kits were saved (one file, or a folder with one file per person).
 */
public final class WorkshopSummary {

    private final Path workspace;
    private final Path participants;
    private final String server;
    private final int invitations;
    private final Path kits;
    private final boolean kitsEach;

    private WorkshopSummary(WorkshopChoices choices) {
        this.workspace = choices.workspace().file();
        this.participants = choices.participants().orElse(null);
        this.server = choices.server().orElse(null);
        this.invitations = choices.tokens().size();
        this.kits = choices.kits().orElse(null);
        this.kitsEach = choices.kitsEach();
    }

    /**
     * Reads a workshop's summary from its choices.
     *
     * @param choices the workshop
     * @return the summary
     */
    public static WorkshopSummary of(WorkshopChoices choices) {
        return new WorkshopSummary(choices);
    }

    /** The workshop's workspace file. */
    public Path workspace() {
        return workspace;
    }

    /** The participants list, once chosen. */
    public Optional<Path> participants() {
        return Optional.ofNullable(participants);
    }

    /** The server's domain, once given. */
    public Optional<String> server() {
        return Optional.ofNullable(server);
    }

    /** How many account invitations were created on the server. */
    public int invitations() {
        return invitations;
    }

    /** Where the kits were saved, if they were. */
    public Optional<Path> kits() {
        return Optional.ofNullable(kits);
    }

    /** Whether the kits were saved one file per person into the folder {@link #kits()} names. */
    public boolean kitsEach() {
        return kitsEach;
    }
}
