package org.trasloco.keepsake.html;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.trasloco.core.history.Message;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.SelectedMessages;
import org.trasloco.keepsake.Selection;

/**
 * The first of two reads of a conversation: how many of its messages are kept, where each month
 * starts, and which messages are replied to (so that the second read can link a reply to its
 * original). Holds a few numbers per month and the ids of replied-to messages, never the messages.
 */
final class ConversationPlan {

    /**
     * Where a month starts.
     *
     * @param firstOrdinal the 1-based number of its first message in the conversation
     * @param messages how many messages it has
     */
    record Month(long firstOrdinal, long messages) {
    }

    private final ConversationSummary summary;
    private final long messages;
    private final LocalDateTime first;
    private final LocalDateTime last;
    private final Map<YearMonth, Month> months;
    private final Set<String> repliedTo;

    private ConversationPlan(ConversationSummary summary, long messages, LocalDateTime first, LocalDateTime last,
            Map<YearMonth, Month> months, Set<String> repliedTo) {
        this.summary = summary;
        this.messages = messages;
        this.first = first;
        this.last = last;
        this.months = months;
        this.repliedTo = repliedTo;
    }

    /** Reads one conversation once. */
    static ConversationPlan read(Workspace workspace, ConversationSummary summary, Selection selection,
            Cancellation cancellation) {
        long count = 0;
        LocalDateTime first = null;
        LocalDateTime last = null;
        Map<YearMonth, Month> months = new LinkedHashMap<>();
        Set<String> repliedTo = new HashSet<>();
        try (SelectedMessages messages = SelectedMessages.open(workspace, summary, selection)) {
            while (messages.hasNext()) {
                Message message = messages.next();
                if (++count % 1024 == 0) {
                    cancellation.throwIfCancelled();
                }
                first = first == null ? message.timestamp() : first;
                last = message.timestamp();
                long ordinal = count;
                months.merge(YearMonth.from(message.timestamp()), new Month(ordinal, 1),
                        (old, one) -> new Month(old.firstOrdinal(), old.messages() + 1));
                if (message.replyTo() != null) {
                    repliedTo.add(message.replyTo());
                }
            }
        }
        return new ConversationPlan(summary, count, first, last, months, repliedTo);
    }

    ConversationSummary summary() {
        return summary;
    }

    long messages() {
        return messages;
    }

    LocalDateTime first() {
        return first;
    }

    LocalDateTime last() {
        return last;
    }

    Map<YearMonth, Month> months() {
        return months;
    }

    boolean isRepliedTo(String platformId) {
        return platformId != null && repliedTo.contains(platformId);
    }

    int pages(int perPage) {
        return (int) Math.max(1, (messages + perPage - 1) / perPage);
    }

    static int pageOf(long ordinal, int perPage) {
        return (int) ((ordinal - 1) / perPage + 1);
    }
}
