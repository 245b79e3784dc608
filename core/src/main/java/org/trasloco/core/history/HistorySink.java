package org.trasloco.core.history;

import java.util.List;
import java.util.Locale;

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

    /**
     * An entry of a contact list that came with the export (Telegram's full-account export has one).
     * May arrive at any time between conversations. The default ignores it.
     *
     * @param entry the entry
     */
    default void phoneBookEntry(PhoneBookEntry entry) {
    }

    /**
     * Who exported this: the export says so (Telegram's personal information; in WhatsApp, the sender
     * of "You deleted this message"). May arrive at any time between conversations. The default
     * ignores it.
     *
     * @param owner the exporting user's own details
     */
    default void owner(PhoneBookEntry owner) {
    }

    /**
     * The language the export's own words are in for a conversation: its system lines and markers
     * ("media omitted", "this message was deleted"), which the exporting app writes in its user's
     * language. Sent between {@link #beginConversation} and {@link #endConversation} of that
     * conversation, only when the export tells it. The default ignores it.
     *
     * @param conversation the conversation being read
     * @param language the language (a language code only, e.g. {@code it})
     */
    default void exportLanguage(Conversation conversation, Locale language) {
    }
}
