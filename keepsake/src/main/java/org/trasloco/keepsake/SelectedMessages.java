package org.trasloco.keepsake;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.trasloco.core.history.Message;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.MessageCursor;
import org.trasloco.core.workspace.Workspace;

/**
 * One conversation's messages inside a {@link Selection}'s days, in time order, one at a time: a
 * {@link MessageCursor} that skips the days before the range and stops after it. Close it when done.
 */
public final class SelectedMessages implements Iterator<Message>, AutoCloseable {

    private final MessageCursor cursor;
    private final Selection selection;
    private Message next;

    private SelectedMessages(MessageCursor cursor, Selection selection) {
        this.cursor = cursor;
        this.selection = selection;
        advance();
    }

    /**
     * Opens a conversation's selected messages.
     *
     * @param workspace the workspace
     * @param conversation the conversation
     * @param selection the days wanted (its conversations are not consulted here)
     * @return the messages; close them when done
     */
    public static SelectedMessages open(Workspace workspace, ConversationSummary conversation, Selection selection) {
        return new SelectedMessages(workspace.openMessages(conversation.network(), conversation.key()), selection);
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Message next() {
        if (next == null) {
            throw new NoSuchElementException("no more messages");
        }
        Message current = next;
        advance();
        return current;
    }

    private void advance() {
        next = null;
        while (cursor.hasNext()) {
            Message message = cursor.next();
            if (selection.isAfter(message.timestamp())) {
                return;
            }
            if (selection.holds(message.timestamp())) {
                next = message;
                return;
            }
        }
    }

    @Override
    public void close() {
        cursor.close();
    }
}
