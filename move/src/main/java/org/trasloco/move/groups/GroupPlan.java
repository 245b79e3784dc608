package org.trasloco.move.groups;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.xmpp.groupchat.RoomNames;

/**
 * What happens to one group: its room, whether that room is free, the user's or someone else's,
 * who its members are, and its history as the room's archive will hold it.
 *
 * @param group the group conversation
 * @param room the room's bare address
 * @param status whether the room can be used as it is, or needs the user's answer
 * @param ownerNickname the user's nickname in the room
 * @param members the people with an address, each with their nickname: members now
 * @param pending the people to invite who have no address yet, by name, each with their nickname:
 *     members once they have one
 * @param plan the group's history as the room's messages
 * @param summary its numbers
 */
public record GroupPlan(ConversationSummary group, String room, Status status, String ownerNickname,
        Map<String, String> members, Map<String, String> pending, HistoryPlan plan, PlanSummary summary) {

    /** Whether the room can be used. */
    public enum Status {
        /** No room has the address yet: it will be created. */
        NEW,
        /** The room this move made for the group earlier: the move continues in it. */
        OURS,
        /** A room the user owns, which the user chose for the group. */
        ADOPTED,
        /** A room the user owns already has the address: use it, or choose another name? */
        EXISTS_OWNED,
        /** A room of someone else has the address: it is never taken over; choose another name. */
        TAKEN;

        /** Whether the user must answer before the group can move. */
        public boolean needsAnswer() {
            return this == EXISTS_OWNED || this == TAKEN;
        }
    }

    /**
     * Checks and copies.
     *
     * @param group the group
     * @param room the room
     * @param status its status
     * @param ownerNickname the user's nickname
     * @param members the members
     * @param pending the people still without an address
     * @param plan the history
     * @param summary its numbers
     */
    public GroupPlan {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(status, "status");
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        pending = Collections.unmodifiableMap(new LinkedHashMap<>(pending));
    }

    /** The group's key among the move's conversations ({@link MoveChoices#keyOf}). */
    public String key() {
        return MoveChoices.keyOf(group);
    }

    /** The link that opens the room in an app. */
    public String joinLink() {
        return RoomNames.joinLink(JidCreate.entityBareFromOrThrowUnchecked(room));
    }
}
