package org.trasloco.move.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.people.Correspondents;
import org.trasloco.xmpp.groupchat.RoomNames;
import org.trasloco.core.address.XmppAddress;

/**
 * Where one group of a move is, as the workspace remembers it: its group chat and the link that
 * opens it, its members (invited or not yet), and the people still to come. Invitations and the
 * kit carry the link.
 *
 * @param group the group
 * @param where in a group chat, as notes, or not moved yet
 * @param room the room's bare address, when it has one; else {@code null}
 * @param members the people with an address, in the room or to be added at the next upload
 * @param pending the people to invite who have no address yet, by name
 */
public record GroupListing(ConversationSummary group, Where where, String room, List<Member> members,
        List<String> pending) {

    /** Where a group is. */
    public enum Where {
        /** In its group chat. */
        ROOM,
        /** In the user's own archive, as notes. */
        NOTES,
        /** Not moved yet. */
        NOT_YET
    }

    /**
     * A member of a group's room.
     *
     * @param address their bare address
     * @param nickname their nickname in the room
     * @param added whether they were made a member
     * @param invited whether they were invited
     */
    public record Member(String address, String nickname, boolean added, boolean invited) {
    }

    /**
     * Checks and copies.
     *
     * @param group the group
     * @param where where it is
     * @param room the room or {@code null}
     * @param members the members
     * @param pending the people still to come
     */
    public GroupListing {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(where, "where");
        members = List.copyOf(members);
        pending = List.copyOf(pending);
    }

    /** The link that opens the room in an app ({@code xmpp:room@service?join}), when it has a room. */
    public Optional<String> joinLink() {
        return Optional.ofNullable(room).map(address -> RoomNames.joinLink(JidCreate.entityBareFromOrThrowUnchecked(address)));
    }

    static List<GroupListing> of(MoveChoices choices, XmppAddress account, Correspondents people, String ownerName) {
        Map<String, String> rooms = choices.groupRooms(account);
        GroupsChoice chosen = choices.groups(account).orElse(null);
        RoomRecords records = new RoomRecords(choices.workspace(), account);
        List<GroupListing> listing = new ArrayList<>();
        for (ConversationSummary group : choices.moving()) {
            if (group.kind() != ConversationKind.GROUP) {
                continue;
            }
            String key = MoveChoices.keyOf(group);
            String room = rooms.get(key);
            Where where = chosen == GroupsChoice.NOTES ? Where.NOTES
                    : room != null && chosen == GroupsChoice.ROOMS ? Where.ROOM : Where.NOT_YET;
            RoomPeople roomPeople = new RoomPeople(choices.workspace(), group, people, account.toString(), ownerName);
            Set<String> added = records.members(key);
            Set<String> invited = records.invited(key);
            List<Member> members = new ArrayList<>();
            roomPeople.members().forEach((address, nickname) -> members.add(new Member(address, nickname,
                    added.contains(address), invited.contains(address))));
            listing.add(new GroupListing(group, where, where == Where.NOTES ? null : room, members,
                    List.copyOf(roomPeople.pending().keySet())));
        }
        return listing;
    }
}
