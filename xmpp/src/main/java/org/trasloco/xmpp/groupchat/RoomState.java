package org.trasloco.xmpp.groupchat;

/** Whether a room of a given address can be used for a group. */
public enum RoomState {
    /** No room has that address: it can be created. */
    ABSENT,
    /** A room has that address and the user is its owner. */
    OWNED,
    /** A room has that address and belongs to someone else: it is never taken over. */
    TAKEN
}
