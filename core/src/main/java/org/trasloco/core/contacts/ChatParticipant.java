package org.trasloco.core.contacts;

import java.util.Objects;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Participant;

/**
 * A participant together with the conversation they wrote in, as the people feature reads them.
 *
 * @param key which participant of which conversation
 * @param conversationTitle the conversation's title, shown to the user
 * @param conversationKind direct chat, group or channel
 * @param participant the participant, with the number of messages they wrote there
 */
public record ChatParticipant(ParticipantKey key, String conversationTitle, ConversationKind conversationKind,
        Participant participant) {

    /**
     * Checks the components.
     *
     * @param key the participant key
     * @param conversationTitle the title
     * @param conversationKind the kind
     * @param participant the participant
     */
    public ChatParticipant {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(conversationTitle, "conversationTitle");
        Objects.requireNonNull(conversationKind, "conversationKind");
        Objects.requireNonNull(participant, "participant");
    }
}
