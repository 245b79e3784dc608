package org.trasloco.move.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.ServerInvitationStore.Invitation;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.groupchat.GroupChatMessages;
import org.trasloco.xmpp.groupchat.RoomNames;
import org.trasloco.xmpp.groupchat.RoomPlaces;
import org.trasloco.xmpp.invitation.InvitationUri;

/**
 * Places in the move's group chats for the people the user's server invites (archive-import
 * protocol section 10.7). Everyone still to come in a group's room who has an open invitation of the
 * server gets a place in that room, under the nickname the group's history gives them: the account
 * they create with the invitation is a member of the group chat and receives its invitation at once,
 * even when the user is not online. {@link #keep} tells the server (it replaces what it kept for an
 * invitation); {@link #joined} reads back who joined through a place and records them as the room's
 * members and invited, so that a later upload neither adds nor invites them again.
 */
public final class InviteePlaces {

    private final MoveChoices choices;
    private final XmppAddress account;
    private final Locale language;
    private final Clock clock;
    private final RoomRecords records;

    /**
     * The places of one account's move.
     *
     * @param choices the move
     * @param account the account that owns the rooms and made the invitations
     * @param language the language of the rooms' invitations
     * @param clock tells which invitations expired
     */
    public InviteePlaces(MoveChoices choices, XmppAddress account, Locale language, Clock clock) {
        this.choices = Objects.requireNonNull(choices, "choices");
        this.account = Objects.requireNonNull(account, "account").bare();
        this.language = Objects.requireNonNull(language, "language");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.records = new RoomRecords(choices.workspace(), this.account);
    }

    /**
     * Tells the server the places of every open invitation: the rooms its person is still to come
     * in (none: the server forgets earlier places). Only invitations whose places changed since the
     * server kept them are sent.
     *
     * @param server the places of the account's server ({@link RoomPlaces#offered() offered})
     * @return how many people have a place in at least one room now
     * @throws org.trasloco.core.error.TraslocoException {@code REFUSED} when the server refuses a
     *     room; {@code CONNECTION}
     */
    public int keep(RoomPlaces server) {
        Map<Long, List<RoomPlaces.Place>> wanted = placesByPerson();
        Map<String, List<RoomPlaces.Place>> kept = new HashMap<>();
        server.kept().stream().filter(invitation -> invitation.joined() == null)
                .forEach(invitation -> kept.put(invitation.token(), invitation.places()));
        Instant now = clock.instant();
        int seated = 0;
        for (Invitation invitation : choices.workspace().serverInvitations(account.toString()).all()) {
            if (invitation.used() || invitation.expiredAt(now)) {
                continue;
            }
            String token = InvitationUri.parse(invitation.uri()).token();
            List<RoomPlaces.Place> places = wanted.getOrDefault(invitation.contactId(), List.of());
            // false: the invitation was used (or withdrawn) since the last look; who used it is seen then.
            boolean held = places.equals(kept.getOrDefault(token, List.of())) || server.keep(token, places);
            if (held && !places.isEmpty()) {
                seated++;
            }
        }
        return seated;
    }

    /**
     * Who joined through an invitation with places, as the server tells: each is recorded as a
     * member of their rooms, and as invited to them.
     *
     * @param server the places of the account's server ({@link RoomPlaces#offered() offered})
     * @return the address of each account created with such an invitation, by the invitation's token
     * @throws org.trasloco.core.error.TraslocoException {@code REFUSED}; {@code CONNECTION}
     */
    public Map<String, String> joined(RoomPlaces server) {
        Map<String, String> groupsByRoom = new HashMap<>();
        choices.groupRooms(account).forEach((group, room) -> groupsByRoom.put(room, group));
        Map<String, String> joined = new LinkedHashMap<>();
        for (RoomPlaces.Kept kept : server.kept()) {
            if (kept.joined() == null) {
                continue;
            }
            joined.put(kept.token(), kept.joined());
            for (String room : kept.memberOf()) {
                String group = groupsByRoom.get(room);
                if (group != null) {
                    records.addMember(group, kept.joined());
                    records.addInvited(group, kept.joined());
                }
            }
        }
        return joined;
    }

    /** The places each person still to come has, by person id. */
    private Map<Long, List<RoomPlaces.Place>> placesByPerson() {
        if (choices.groups(account).orElse(null) != GroupsChoice.ROOMS) {
            return Map.of();
        }
        Map<String, Long> invitedByName = new HashMap<>();
        for (Contact contact : choices.workspace().contacts()) {
            if (contact.decision() == Decision.INVITE) {
                invitedByName.putIfAbsent(contact.name(), contact.id());
            }
        }
        Map<String, ConversationSummary> groups = new HashMap<>();
        choices.moving().forEach(conversation -> groups.put(MoveChoices.keyOf(conversation), conversation));
        Map<Long, List<RoomPlaces.Place>> places = new HashMap<>();
        choices.groupRooms(account).forEach((key, room) -> {
            ConversationSummary group = groups.get(key);
            if (group == null) {
                return;
            }
            String reason = LocalizedText.of(GroupChatMessages.INVITATION, group.title(),
                    RoomNames.joinLink(JidCreate.entityBareFromOrThrowUnchecked(room))).format(language);
            records.pending(key).forEach((name, nickname) -> {
                Long person = invitedByName.get(name);
                if (person != null) {
                    places.computeIfAbsent(person, id -> new ArrayList<>()).add(new RoomPlaces.Place(room, nickname, reason));
                }
            });
        });
        return places;
    }
}
