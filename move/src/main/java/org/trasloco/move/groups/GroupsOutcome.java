package org.trasloco.move.groups;

import java.util.List;

/**
 * How a groups run ended: one outcome per group that went into a group chat.
 *
 * @param rooms per group, in the move's order
 */
public record GroupsOutcome(List<RoomOutcome> rooms) {

    /**
     * Copies the list.
     *
     * @param rooms per group
     */
    public GroupsOutcome {
        rooms = List.copyOf(rooms);
    }

    /** Whether every group's history is in its room once and as sent. */
    public boolean complete() {
        return rooms.stream().allMatch(RoomOutcome::complete);
    }
}
