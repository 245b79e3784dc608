package org.trasloco.move.groups;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.history.Participant;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.RoomAuthor;
import org.trasloco.xmpp.archive.people.Correspondent;
import org.trasloco.xmpp.archive.people.Correspondents;
import org.trasloco.xmpp.groupchat.Nicknames;

/**
 * Who the people of one group are in its group chat, from the people step's decisions: the user
 * (under their own nickname, with their address), those with a known address (members now, under
 * the name the user gave them), those to invite (a nickname now, membership once they have an
 * address) and everyone else (a nickname only). Nicknames are given in a fixed order (the user,
 * then by name), so the same decisions give the same nicknames in every run.
 */
final class RoomPeople {

    private final Map<String, RoomAuthor> byName = new HashMap<>();
    private final Map<String, String> members = new LinkedHashMap<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final Nicknames nicknames = new Nicknames();
    private final String ownerNickname;

    /**
     * The people of a group.
     *
     * @param workspace the workspace with the people step's decisions
     * @param group the group
     * @param people who each participant is (the user, a known address, unknown)
     * @param owner the user's bare address
     * @param ownerName the user's name as the people step keeps it, or {@code null}
     */
    RoomPeople(Workspace workspace, ConversationSummary group, Correspondents people, String owner, String ownerName) {
        Objects.requireNonNull(owner, "owner");
        Map<Long, Contact> contacts = new HashMap<>();
        workspace.people().contacts().forEach(contact -> contacts.put(contact.id(), contact));
        Map<ParticipantKey, Long> memberships = workspace.people().memberships();
        ownerNickname = nicknames.assign(ownerName != null ? ownerName : owner.substring(0, owner.indexOf('@')));
        List<Participant> participants = new ArrayList<>(workspace.participants(group.network(), group.key()));
        participants.sort(Comparator.comparing(Participant::name));
        for (Participant participant : participants) {
            String name = participant.name();
            Correspondent who = people.resolve(group.network(), group.key(), name);
            if (who instanceof Correspondent.Me) {
                byName.put(name, new RoomAuthor(ownerNickname, owner));
                continue;
            }
            Contact contact = contacts.get(memberships.get(new ParticipantKey(group.network(), group.key(), name)));
            String nickname = nicknames.assign(contact != null ? contact.name() : name);
            String address = who instanceof Correspondent.Known known ? known.address().toLowerCase(Locale.ROOT) : null;
            byName.put(name, new RoomAuthor(nickname, address));
            if (address != null && !address.equalsIgnoreCase(owner)) {
                members.putIfAbsent(address, nickname);
            } else if (address == null && contact != null && contact.decision() == Decision.INVITE) {
                pending.putIfAbsent(contact.name(), nickname);
            }
        }
    }

    /** The user's nickname in the room. */
    String ownerNickname() {
        return ownerNickname;
    }

    /**
     * Who wrote a message, in the room.
     *
     * @param name the author's name in the export
     * @return their nickname and address (someone the export names only in messages gets a nickname then)
     */
    RoomAuthor author(String name) {
        return byName.computeIfAbsent(name, unknown -> new RoomAuthor(nicknames.assign(unknown), null));
    }

    /** The people with a known address, each with their nickname: the room's members. */
    Map<String, String> members() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * The people to invite who have no address yet, by name, each with their nickname: they become
     * members once they have one.
     */
    Map<String, String> pending() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(pending));
    }
}
