package org.trasloco.app.cli.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.login.AccountAddress;
import picocli.CommandLine.Option;

/**
 * {@code --workspace}, {@code --jid}, {@code --zone}, {@code --me}: which history goes to which
 * account, and how it is read. Shared by upload, verify and export-pie so that all three see the
 * same messages.
 */
final class HistoryOptions {

    @Option(names = "--workspace", required = true, paramLabel = "FILE", descriptionKey = "workspace")
    Path workspace;

    @Option(names = "--jid", required = true, paramLabel = "ADDRESS", descriptionKey = "jid")
    String jid;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "zone")
    String zone;

    @Option(names = "--me", paramLabel = "NAME", descriptionKey = "me")
    List<String> me = new ArrayList<>();

    /** The account, checked. */
    AccountAddress account() {
        return AccountAddress.parse(jid);
    }

    /**
     * The move's choices; a zone given here is remembered, so that a later check reads the dates the
     * same way.
     */
    MoveChoices choices(Workspace opened) {
        MoveChoices choices = MoveChoices.of(opened);
        if (zone != null) {
            choices.zone(MoveChoices.parseZone(zone));
        }
        return choices;
    }

    /** The user's names as given with {@code --me}; empty to take the people step's answer or to guess. */
    Set<String> myNames() {
        return new LinkedHashSet<>(me);
    }
}
