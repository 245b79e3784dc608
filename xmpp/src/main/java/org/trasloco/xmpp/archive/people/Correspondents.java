package org.trasloco.xmpp.archive.people;

import org.trasloco.core.history.Network;

/**
 * Maps the participants of conversations to XMPP: the user, a known address, or unknown. The
 * people step decides this ({@link MappedCorrespondents} reads its decisions from the workspace);
 * {@link PlaceholderCorrespondents} knows only who the user is.
 */
@FunctionalInterface
public interface Correspondents {

    /**
     * Who a participant is.
     *
     * @param network the conversation's network
     * @param conversationKey the conversation's key
     * @param participantName the participant's name in that conversation, as the export writes it
     * @return the answer, never {@code null}
     */
    Correspondent resolve(Network network, String conversationKey, String participantName);
}
