package org.trasloco.xmpp.archive.plan;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything an upload would send, counted before anything is sent: for the explanation shown
 * beforehand, the retention guard, progress and time left.
 *
 * @param conversations per conversation, in the plan's order
 * @param entries archive entries in all
 * @param bodyBytes bytes of text in all (UTF-8)
 * @param oldest the moment of the oldest entry, or {@code null} when there is none
 * @param newest the moment of the newest entry, or {@code null} when there is none
 * @param attachmentsInExport attachments whose file is in the export
 * @param knownPeople the mapped (non-placeholder) addresses of the people of direct chats, with the
 *     chat's title as their name
 */
public record PlanSummary(List<ConversationPlan> conversations, long entries, long bodyBytes, Instant oldest,
        Instant newest, long attachmentsInExport, Map<String, String> knownPeople) {

    /**
     * Copies the lists.
     *
     * @param conversations per conversation
     * @param entries entries
     * @param bodyBytes bytes
     * @param oldest oldest moment or {@code null}
     * @param newest newest moment or {@code null}
     * @param attachmentsInExport attachments present
     * @param knownPeople mapped addresses
     */
    public PlanSummary {
        conversations = List.copyOf(conversations);
        knownPeople = Collections.unmodifiableMap(new TreeMap<>(knownPeople));
    }

    /** The oldest moment, when there is any entry. */
    public Optional<Instant> oldestEntry() {
        return Optional.ofNullable(oldest);
    }

    /**
     * One conversation's plan.
     *
     * @param ref the conversation
     * @return its plan, if it is part of this one
     */
    public Optional<ConversationPlan> conversation(ConversationRef ref) {
        Objects.requireNonNull(ref, "ref");
        return conversations.stream().filter(plan -> plan.ref().equals(ref)).findFirst();
    }
}
