package org.trasloco.xmpp.archive.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.trasloco.core.history.ConversationKind;

/**
 * What goes into the archive from one conversation.
 *
 * @param ref the conversation
 * @param title its title
 * @param kind direct, group or channel
 * @param notes whether its messages become notes to the user's own address
 * @param entries how many archive entries it gives
 * @param skipped how many messages stay out, per reason
 */
public record ConversationPlan(ConversationRef ref, String title, ConversationKind kind, boolean notes, long entries,
        Map<SkipReason, Long> skipped) {

    /**
     * Checks and copies.
     *
     * @param ref the conversation
     * @param title the title
     * @param kind the kind
     * @param notes whether as notes
     * @param entries the entries
     * @param skipped the messages left out
     */
    public ConversationPlan {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        skipped = skipped.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(skipped));
    }

    /** How many messages stay out in all. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
