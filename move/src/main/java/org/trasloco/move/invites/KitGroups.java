package org.trasloco.move.invites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.kit.CardGroup;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupListing;
import org.trasloco.move.groups.GroupMove;

/**
 * The group chats of a move that each person's invite card names: the groups that went into a group
 * chat of the account (see {@link GroupMove#listing}) in which the person is still to come (invited,
 * no address yet) or already a member. Read from the workspace: no password, no connection.
 */
public final class KitGroups {

    private static final System.Logger LOG = System.getLogger(KitGroups.class.getName());

    private KitGroups() {
    }

    /**
     * The group chats of each person of a move.
     *
     * @param choices the move (its people, its groups and where they went)
     * @param account the account whose group chats they are: the kit's owner
     * @return by contact id ({@link PersonInvitation#contactId}), the group chats in the move's order;
     *     people in none are left out, and so is everyone when no group went into a group chat
     */
    public static Map<Long, List<CardGroup>> byContact(MoveChoices choices, XmppAddress account) {
        if (choices.groupsInRooms(account).isEmpty()) {
            // Without rooms there is nothing to name, and no need to know the user's name to list them.
            return Map.of();
        }
        try {
            return byContact(GroupMove.listing(choices, account, Set.of()), choices.workspace().contacts());
        } catch (TraslocoException e) {
            if (e.kind() != TraslocoException.Kind.USAGE) {
                throw e;
            }
            // The move does not tell who the user is in its groups: the cards then name no group chat.
            LOG.log(System.Logger.Level.INFO, "The kit's cards name no group chat: {0}", e.getMessage());
            return Map.of();
        }
    }

    /**
     * The group chats of each of some people, from a listing of the groups.
     *
     * @param listing where each group is
     * @param contacts the people
     * @return by contact id, the group chats in the listing's order; people in none are left out
     */
    static Map<Long, List<CardGroup>> byContact(List<GroupListing> listing, List<Contact> contacts) {
        Map<Long, List<CardGroup>> groups = new LinkedHashMap<>();
        for (GroupListing group : listing) {
            if (group.where() != GroupListing.Where.ROOM || group.joinLink().isEmpty()) {
                continue;
            }
            String title = group.group().title();
            CardGroup card = new CardGroup(title == null || title.isBlank() ? group.group().key() : title,
                    group.joinLink().get());
            Set<String> members = group.members().stream().map(member -> lower(member.address())).collect(Collectors.toSet());
            for (Contact contact : contacts) {
                boolean in = group.pending().contains(contact.name())
                        || contact.xmppAddress() != null && members.contains(lower(contact.xmppAddress()));
                if (in) {
                    groups.computeIfAbsent(contact.id(), id -> new ArrayList<>()).add(card);
                }
            }
        }
        Map<Long, List<CardGroup>> copy = new LinkedHashMap<>();
        groups.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        return copy;
    }

    private static String lower(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
