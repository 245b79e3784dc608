package org.trasloco.core.history;

import java.util.List;

/**
 * Receives an export as it is read, one message at a time, so that nothing needs the whole export
 * in memory. Calls arrive in this order for every conversation: {@link #beginConversation}, any
 * number of {@link #message} and {@link #warning} calls, {@link #endConversation}.
 */
public interface HistorySink {

    /**
     * A conversation starts. Its {@link Conversation#kind()} may still change; the final one comes
     * with {@link #endConversation}.
     *
     * @param conversation the conversation
     */
    void beginConversation(Conversation conversation);

    /**
     * The next message, in export order.
     *
     * @param message the message
     */
    void message(Message message);

    /**
     * Something odd that did not stop the reading.
     *
     * @param warning what and where
     */
    void warning(ImportWarning warning);

    /**
     * The conversation is complete.
     *
     * @param conversation the conversation with its final kind
     * @param participants everyone who wrote in it, with their message counts
     */
    void endConversation(Conversation conversation, List<Participant> participants);
}
