package org.trasloco.xmpp.archive.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.trasloco.core.history.Message;
import org.trasloco.core.time.WallClockConverter;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.MessageCursor;
import org.trasloco.core.workspace.Workspace;

/**
 * The messages of many conversations in one time order: each conversation is read in its own time
 * order through a cursor, and the earliest head of all is taken next (a k-way merge, so memory stays
 * at one message per conversation). Equal moments keep the order of the conversation list, then
 * each conversation's own order: the same workspace always gives the same sequence.
 */
public final class ChronologicalMerge implements Iterator<TimedMessage>, AutoCloseable {

    private final List<MessageCursor> cursors = new ArrayList<>();
    private final PriorityQueue<Head> heads = new PriorityQueue<>(
            Comparator.comparing(Head::instant).thenComparingInt(Head::index).thenComparingLong(Head::position));

    /**
     * Opens the conversations.
     *
     * @param workspace the workspace
     * @param conversations the conversations, in a stable order
     * @param zone the zone of wall-clock times without one (WhatsApp)
     */
    public ChronologicalMerge(Workspace workspace, List<ConversationSummary> conversations, ZoneId zone) {
        try {
            for (int i = 0; i < conversations.size(); i++) {
                ConversationSummary conversation = conversations.get(i);
                MessageCursor cursor = workspace.openMessages(conversation.network(), conversation.key());
                cursors.add(cursor);
                advance(new Source(i, conversation, cursor, new WallClockConverter(zone)), 0);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void advance(Source source, long position) {
        if (source.cursor().hasNext()) {
            Message message = source.cursor().next();
            Instant instant = message.instant() != null ? message.instant()
                    : source.converter().toInstant(message.timestamp());
            heads.add(new Head(source, message, instant, position));
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public TimedMessage next() {
        Head head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        advance(head.source(), head.position() + 1);
        return new TimedMessage(head.source().conversation(), head.message(), head.instant());
    }

    /** Closes every cursor. */
    @Override
    public void close() {
        cursors.forEach(MessageCursor::close);
        heads.clear();
    }

    private record Source(int index, ConversationSummary conversation, MessageCursor cursor, WallClockConverter converter) {
    }

    private record Head(Source source, Message message, Instant instant, long position) {
        int index() {
            return source.index();
        }
    }
}
