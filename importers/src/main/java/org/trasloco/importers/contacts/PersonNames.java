package org.trasloco.importers.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.KeptPhoneBookEntry;

/**
 * Chooses how a person is called: the name in the user's phone book when there is one (that is
 * how the user knows them), else the name they have in the chats where they are a saved contact,
 * else any name that is not a number, the most used first.
 */
final class PersonNames {

    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9 ()\\-./\\u00A0\\u202F]{5,}");

    private PersonNames() {
    }

    /** The name shown for a person. */
    static String nameOf(PersonGroup group) {
        Map<String, Integer> phoneBookNames = new HashMap<>();
        String best = null;
        for (KeptPhoneBookEntry entry : group.phoneBook()) {
            String name = entry.entry().name().strip();
            if (!name.isEmpty() && !isNumber(name)) {
                int count = phoneBookNames.merge(name, 1, Integer::sum);
                if (best == null || count > phoneBookNames.get(best)) {
                    best = name;
                }
            }
        }
        if (best != null) {
            return best;
        }
        // Members are sorted by messages, most first.
        for (ChatParticipant member : group.members()) {
            if (member.participant().savedContact() && !isNumber(member.participant().name())) {
                return member.participant().name();
            }
        }
        for (ChatParticipant member : group.members()) {
            if (!isNumber(member.participant().name())) {
                return member.participant().name();
            }
        }
        return group.members().get(0).participant().name();
    }

    /** Every other name the person has in chats and phone books, most used first, the shown one left out. */
    static List<String> aliasesOf(PersonGroup group, String shown) {
        Set<String> names = new LinkedHashSet<>();
        group.members().forEach(member -> names.add(member.participant().name()));
        group.phoneBook().forEach(entry -> names.add(entry.entry().name().strip()));
        names.remove(shown);
        names.remove("");
        return new ArrayList<>(names);
    }

    static boolean isNumber(String name) {
        return PHONE_LIKE.matcher(name).matches();
    }
}
