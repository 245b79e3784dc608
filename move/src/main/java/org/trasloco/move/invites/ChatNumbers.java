package org.trasloco.move.invites;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.PhoneNumbers;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.People;

/**
 * The numbers each person wrote from in the chats (an export names a sender by number when the
 * exporter had not saved them, and Telegram exports carry numbers), in E.164 form as the people
 * step reads them: an invitation goes to the number someone chats from, not to one a phone book adds.
 */
final class ChatNumbers {

    private ChatNumbers() {
    }

    /**
     * Reads the numbers.
     *
     * @param workspace the move's workspace
     * @param userLanguage the user's language (its region reads numbers written without country)
     * @return the numbers by person id
     */
    static Map<Long, Set<String>> of(Workspace workspace, Locale userLanguage) {
        PhoneNumbers numbers = People.open(workspace, null, userLanguage).numbers();
        Map<ParticipantKey, Long> memberships = workspace.people().memberships();
        Map<Long, Set<String>> seen = new HashMap<>();
        for (ChatParticipant chat : workspace.people().participants()) {
            Long contact = memberships.get(chat.key());
            String written = chat.participant().phone() != null ? chat.participant().phone() : numberName(chat);
            String phone = contact == null ? null : numbers.e164(written);
            if (phone != null) {
                seen.computeIfAbsent(contact, id -> new LinkedHashSet<>()).add(phone);
            }
        }
        return seen;
    }

    /** The participant's name when it is a number (an unsaved sender), else {@code null}. */
    private static String numberName(ChatParticipant chat) {
        String name = chat.participant().name();
        return name.matches("[+0-9 ().\\-\\u00a0]{6,}") ? name : null;
    }
}
