package org.trasloco.importers.telegram.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.ids.MessageIdGenerator;

/**
 * Writes one Telegram chat into a sink: starts the conversation, gives each message its stable id
 * and position, counts who wrote what, and ends the conversation with its participants.
 *
 * <p>The stable id of a Telegram message is computed from the conversation key, the message's
 * instant (as UTC wall-clock time) and Telegram's own message id, not from its author and text: a
 * message edited between two exports, or whose author was renamed, keeps its id, so a later export
 * of the same chat adds only what is new. Not thread-safe: one per conversation.
 */
public final class ChatWriter {

    private static final String ID_PREFIX = "telegram-message:";

    private final HistorySink sink;
    private final Conversation conversation;
    private final MessageIdGenerator ids;
    private final Map<String, Tally> participants = new LinkedHashMap<>();
    private long sequence;

    /**
     * Starts a conversation.
     *
     * @param sink where it goes
     * @param conversation the conversation; its kind may still change in {@link #end}
     */
    public ChatWriter(HistorySink sink, Conversation conversation) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.ids = new MessageIdGenerator(Network.TELEGRAM, conversation.key());
        sink.beginConversation(conversation);
    }

    /**
     * Starts the next message: its stable id, conversation, position, Telegram id and instant are set.
     *
     * @param platformId Telegram's id of the message in this chat
     * @param instant when it was sent
     * @return a builder for the rest
     */
    public Message.Builder next(String platformId, Instant instant) {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(instant, "instant");
        String id = ids.next(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), null, ID_PREFIX + platformId);
        return Message.builder()
                .id(id)
                .conversationKey(conversation.key())
                .sequence(sequence++)
                .platformId(platformId)
                .instant(instant);
    }

    /**
     * Writes a message started with {@link #next}.
     *
     * @param message the message
     */
    public void write(Message message) {
        sink.message(message);
        if (message.author() != null) {
            participants.computeIfAbsent(message.author(), name -> new Tally(message.authorId())).messages++;
        }
    }

    /** How many different people wrote. */
    public int authors() {
        return participants.size();
    }

    /**
     * Ends the conversation.
     *
     * @param kind its final kind
     */
    public void end(ConversationKind kind) {
        sink.endConversation(conversation.withKind(kind), participants.entrySet().stream()
                .map(entry -> new Participant(entry.getKey(), entry.getValue().platformId, null, true,
                        entry.getValue().messages))
                .toList());
    }

    /** Messages of one author. */
    private static final class Tally {
        private final String platformId;
        private long messages;

        Tally(String platformId) {
            this.platformId = platformId;
        }
    }
}
