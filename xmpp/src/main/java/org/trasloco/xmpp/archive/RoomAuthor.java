package org.trasloco.xmpp.archive;

import java.util.Objects;

/**
 * Who wrote a message of a group chat, as the room's archive shows it: the nickname the room shows
 * (the resource of the message's {@code from}), and the person's own address when it is known and
 * they belong to the room (XEP-0045's real JID, which a non-anonymous room reveals to its members).
 *
 * @param nickname the nickname, already valid as an XMPP resource
 * @param address the author's bare address, or {@code null} when it is not known
 */
public record RoomAuthor(String nickname, String address) {

    /**
     * Checks the components.
     *
     * @param nickname the nickname
     * @param address the bare address or {@code null}
     */
    public RoomAuthor {
        Objects.requireNonNull(nickname, "nickname");
        if (nickname.isEmpty()) {
            throw new IllegalArgumentException("nickname must not be empty");
        }
    }
}
