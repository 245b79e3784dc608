package org.trasloco.keepsake.conversations;

import java.util.Objects;

/**
 * Who a conversation of the history is with, in the phone's app: a person's address for a direct
 * chat, a group chat's address for a group. The caller decides (from the people step and the group
 * chats it recreated); a conversation without one is left out.
 */
public sealed interface AppCounterpart {

    /** The bare address, e.g. {@code mamma@example.org} or {@code family@groups.example.org}. */
    String address();

    /**
     * A person: the conversation becomes a one-to-one chat with them.
     *
     * @param address their bare XMPP address
     */
    record Person(String address) implements AppCounterpart {

        /**
         * Checks the address.
         *
         * @param address the bare address
         */
        public Person {
            address = Addresses.bare(address);
        }
    }

    /**
     * A group chat (XEP-0045 room) that exists and that the app has joined: the messages go into the
     * app's conversation with it, each under its author's name as nickname.
     *
     * @param address the room's bare address
     * @param myNickname the user's nickname in the room, for their own messages
     */
    record Room(String address, String myNickname) implements AppCounterpart {

        /**
         * Checks the components.
         *
         * @param address the room's bare address
         * @param myNickname the user's nickname
         */
        public Room {
            address = Addresses.bare(address);
            Objects.requireNonNull(myNickname, "myNickname");
            if (myNickname.isBlank()) {
                throw new IllegalArgumentException("a nickname is needed");
            }
        }
    }
}
