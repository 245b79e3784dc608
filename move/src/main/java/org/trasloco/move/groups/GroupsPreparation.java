package org.trasloco.move.groups;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;
import org.trasloco.xmpp.archive.retention.RetentionGuard;
import org.trasloco.xmpp.archive.retention.RetentionVerdict;

/**
 * Where the groups of a move go, found before anything is sent: into group chats on the server's
 * group-chat service (each with its plan), or as notes to the user's own archive, and why.
 *
 * @param domain the user's server
 * @param choice what happens: {@link GroupsChoice#ROOMS} when the groups get group chats
 * @param notesReason why the groups stay notes, when they do; {@code null} otherwise
 * @param service the group-chat service, or {@code null} when the server has none
 * @param rooms the groups that get a group chat, in the move's order
 * @param notes the groups that stay notes to the user's own archive
 * @param policy how long the service keeps its rooms' archives
 * @param verdict whether that keeps the groups' history
 */
public record GroupsPreparation(String domain, GroupsChoice choice, LocalizedText notesReason, String service,
        List<GroupPlan> rooms, List<ConversationSummary> notes, ArchivePolicy policy, RetentionVerdict verdict) {

    /**
     * Checks and copies.
     *
     * @param domain the server
     * @param choice rooms or notes
     * @param notesReason why notes, or {@code null}
     * @param service the service, or {@code null}
     * @param rooms the rooms' plans
     * @param notes the groups kept as notes
     * @param policy the rooms' retention
     * @param verdict whether it keeps the history
     */
    public GroupsPreparation {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(verdict, "verdict");
        rooms = List.copyOf(rooms);
        notes = List.copyOf(notes);
    }

    /** Why the groups stay notes, when they do. */
    public Optional<LocalizedText> whyNotes() {
        return Optional.ofNullable(notesReason);
    }

    /** The groups whose room address is in use: the user must answer for each before they move. */
    public List<GroupPlan> questions() {
        return rooms.stream().filter(plan -> plan.status().needsAnswer()).toList();
    }

    /** The groups that go into group chats, by {@link MoveChoices#keyOf}: the user's own archive leaves them out. */
    public Set<String> inRooms() {
        return rooms.stream().map(GroupPlan::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Messages going into group chats in all. */
    public long messages() {
        return rooms.stream().mapToLong(plan -> plan.summary().entries()).sum();
    }

    /** The retention's explanation, unless all is well. */
    public Optional<LocalizedText> retentionNote() {
        return service == null ? Optional.empty() : Optional.ofNullable(verdict.explanation(service));
    }

    /**
     * Stops here when the service would delete the groups' history, unless the user accepted that.
     *
     * @param accepted whether the user accepted the loss
     * @throws TraslocoException {@code REFUSED} explaining what would be deleted and what to do
     */
    public void checkRetention(boolean accepted) {
        if (service != null && !rooms.isEmpty()) {
            RetentionGuard.enforce(verdict, service, accepted);
        }
    }
}
