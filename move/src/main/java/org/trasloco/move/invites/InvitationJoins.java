package org.trasloco.move.invites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.trasloco.core.contacts.NameKey;
import org.trasloco.core.workspace.ServerInvitationStore.Invitation;

/**
 * Ties the people who joined to the invitations they used. The server tells which invitations were
 * used and the user's contact list shows who became a mutual contact since, but neither says who
 * used which. An address whose name is the person's name ({@code mamma@…} for "Mamma",
 * {@code nonna.rosa@…} for "Nonna Rosa") is theirs; when one invitation and one newcomer are left,
 * they belong together. Anything else stays untied: the user says who it is.
 */
final class InvitationJoins {

    private InvitationJoins() {
    }

    /**
     * Ties newcomers to used invitations.
     *
     * @param used the invitations that were used (or may have been), in the people's order
     * @param newcomers the addresses that became mutual contacts since the invitations were made
     * @return the invitations with the address that used each, in the order of {@code used}
     */
    static Map<Invitation, String> match(List<Invitation> used, SortedSet<String> newcomers) {
        Map<Invitation, String> matched = new LinkedHashMap<>();
        SortedSet<String> left = new TreeSet<>(newcomers);
        List<Invitation> open = new ArrayList<>(used);
        for (Invitation invitation : used) {
            String name = letters(invitation.name());
            List<String> named = left.stream().filter(address -> !name.isEmpty() && name.equals(letters(local(address))))
                    .toList();
            if (named.size() == 1) {
                matched.put(invitation, named.get(0));
                left.remove(named.get(0));
                open.remove(invitation);
            }
        }
        if (open.size() == 1 && left.size() == 1) {
            matched.put(open.get(0), left.first());
        }
        Map<Invitation, String> ordered = new LinkedHashMap<>();
        used.stream().filter(matched::containsKey).forEach(invitation -> ordered.put(invitation, matched.get(invitation)));
        return ordered;
    }

    private static String local(String address) {
        int at = address.indexOf('@');
        return at < 0 ? "" : address.substring(0, at);
    }

    /** A name's letters and digits only, compared as the people step compares names. */
    private static String letters(String name) {
        String key = NameKey.of(name);
        StringBuilder kept = new StringBuilder(key.length());
        key.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
