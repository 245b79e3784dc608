package org.trasloco.importers.contacts;

import java.util.List;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.KeptPhoneBookEntry;

/**
 * One person as the merge found them: the participants they are, the phone-book entries that
 * describe them, and what they are known by.
 *
 * @param members the participants, most messages first
 * @param phoneBook the kept phone-book entries tied to them
 * @param phones their numbers in E.164 form, sorted
 * @param platformIds their platform ids (Telegram {@code user123}), sorted
 * @param exportOwner whether an export said this person made it (then it is the user)
 */
public record PersonGroup(List<ChatParticipant> members, List<KeptPhoneBookEntry> phoneBook, List<String> phones,
        List<String> platformIds, boolean exportOwner) {

    /**
     * Copies the lists.
     *
     * @param members the participants
     * @param phoneBook the phone-book entries
     * @param phones E.164 numbers
     * @param platformIds platform ids
     * @param exportOwner whether this is the exports' owner
     */
    public PersonGroup {
        members = List.copyOf(members);
        phoneBook = List.copyOf(phoneBook);
        phones = List.copyOf(phones);
        platformIds = List.copyOf(platformIds);
    }

    /** How many messages the person wrote, in every conversation. */
    public long messages() {
        return members.stream().mapToLong(m -> m.participant().messageCount()).sum();
    }
}
