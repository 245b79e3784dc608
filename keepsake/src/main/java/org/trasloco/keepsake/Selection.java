package org.trasloco.keepsake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.ConversationSummary;

/**
 * Which part of the history a keepsake holds: some or all conversations, all of their time or the
 * days between two dates (both included).
 *
 * @param conversations the conversations, by network and key; empty for all of them
 * @param from the first day, or {@code null} for the beginning
 * @param to the last day, or {@code null} for the end
 */
public record Selection(Set<ConversationRef> conversations, LocalDate from, LocalDate to) {

    /**
     * A conversation named by its network and stable key.
     *
     * @param network the network
     * @param key the conversation's key in the workspace
     */
    public record ConversationRef(Network network, String key) {

        /**
         * Checks the components.
         *
         * @param network the network
         * @param key the key
         */
        public ConversationRef {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(key, "key");
        }

        /**
         * The reference of a listed conversation.
         *
         * @param summary the conversation
         * @return its reference
         */
        public static ConversationRef of(ConversationSummary summary) {
            return new ConversationRef(summary.network(), summary.key());
        }
    }

    /**
     * Checks and copies.
     *
     * @param conversations the conversations, empty for all
     * @param from the first day or {@code null}
     * @param to the last day or {@code null}
     */
    public Selection {
        conversations = Set.copyOf(Objects.requireNonNull(conversations, "conversations"));
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the last day " + to + " is before the first " + from);
        }
    }

    /** Everything in the workspace. */
    public static Selection all() {
        return new Selection(Set.of(), null, null);
    }

    /**
     * Returns this selection limited to some conversations.
     *
     * @param only the conversations
     * @return a copy
     */
    public Selection onlyConversations(Set<ConversationRef> only) {
        return new Selection(only, from, to);
    }

    /**
     * Returns this selection limited to the days between two dates, both included.
     *
     * @param first the first day, or {@code null}
     * @param last the last day, or {@code null}
     * @return a copy
     */
    public Selection between(LocalDate first, LocalDate last) {
        return new Selection(conversations, first, last);
    }

    /**
     * The selected conversations of a workspace, in the workspace's order, empty ones left out.
     *
     * @param listed the workspace's conversations
     * @return those this selection holds that have at least one message
     */
    public List<ConversationSummary> pick(List<ConversationSummary> listed) {
        return listed.stream()
                .filter(summary -> summary.messages() > 0)
                .filter(summary -> conversations.isEmpty() || conversations.contains(ConversationRef.of(summary)))
                .filter(summary -> overlaps(summary.first(), summary.last()))
                .toList();
    }

    /**
     * Whether a message written at this wall-clock time is inside the date range.
     *
     * @param time the message's time
     * @return {@code true} when inside
     */
    public boolean holds(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /**
     * Whether a message at this time comes after the range, so that a reader in time order can stop.
     *
     * @param time the message's time
     * @return {@code true} when after the last day
     */
    public boolean isAfter(LocalDateTime time) {
        return to != null && time.toLocalDate().isAfter(to);
    }

    private boolean overlaps(LocalDateTime first, LocalDateTime last) {
        return (to == null || !first.toLocalDate().isAfter(to)) && (from == null || !last.toLocalDate().isBefore(from));
    }
}
