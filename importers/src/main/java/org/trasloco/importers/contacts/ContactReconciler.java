package org.trasloco.importers.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.ContactDraft;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Keeps contacts stable from one merge to the next, so that decisions (and other features' references
 * to a contact id) survive new imports and phone books. A group continues the stored contact it
 * shares most participants with; a contact that lost all its participants to another group (two
 * people became one) hands its decision over when the other had none; when both had one, the
 * stronger is kept (me, then a known address, then invite, then skip) and a note says so. A group
 * made of participants nobody had before becomes a new, undecided contact.
 */
public final class ContactReconciler {

    private ContactReconciler() {
    }

    /**
     * Matches the groups of a merge with the stored contacts.
     *
     * @param groups the people as merged now
     * @param stored the stored contacts
     * @param memberships which stored contact each participant belonged to
     * @return the contacts to save, in the order of the groups
     */
    public static Reconciliation reconcile(List<PersonGroup> groups, List<Contact> stored,
            Map<ParticipantKey, Long> memberships) {
        Map<Long, Contact> contacts = new HashMap<>();
        stored.forEach(contact -> contacts.put(contact.id(), contact));
        List<Map<Long, Integer>> overlaps = new ArrayList<>();
        List<Overlap> pairs = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<Long, Integer> counts = new HashMap<>();
            for (ChatParticipant member : groups.get(g).members()) {
                Long id = memberships.get(member.key());
                if (id != null && contacts.containsKey(id)) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
            overlaps.add(counts);
            for (Map.Entry<Long, Integer> count : counts.entrySet()) {
                pairs.add(new Overlap(g, count.getKey(), count.getValue()));
            }
        }
        pairs.sort(Comparator.comparingInt(Overlap::count).reversed().thenComparingLong(Overlap::contactId)
                .thenComparingInt(Overlap::group));
        long[] continued = new long[groups.size()];
        Set<Long> taken = new HashSet<>();
        for (Overlap pair : pairs) {
            if (continued[pair.group()] == 0 && taken.add(pair.contactId())) {
                continued[pair.group()] = pair.contactId();
            }
        }
        Decided[] decided = new Decided[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            Contact contact = contacts.get(continued[g]);
            decided[g] = contact == null ? Decided.NONE : new Decided(contact.decision(), contact.xmppAddress(), contact.name());
        }
        List<LocalizedText> notes = new ArrayList<>();
        for (Contact absorbed : stored) {
            if (taken.contains(absorbed.id()) || absorbed.decision() == Decision.UNDECIDED) {
                continue;
            }
            int target = groupHoldingMost(overlaps, absorbed.id());
            if (target < 0) {
                continue;
            }
            Decided kept = decided[target];
            Decided handed = new Decided(absorbed.decision(), absorbed.xmppAddress(), absorbed.name());
            if (kept.decision() == Decision.UNDECIDED) {
                decided[target] = handed;
            } else if (!kept.sameAs(handed)) {
                Decided winner = kept.strength() >= handed.strength() ? kept : handed;
                Decided loser = winner == kept ? handed : kept;
                decided[target] = winner;
                notes.add(LocalizedText.of(ContactsMessages.MERGE_DECISIONS_MET, loser.from(), winner.from()));
            }
        }
        List<ContactDraft> drafts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            PersonGroup group = groups.get(g);
            String name = PersonNames.nameOf(group);
            drafts.add(new ContactDraft(continued[g], name, PersonNames.aliasesOf(group, name), group.phones(),
                    group.platformIds(), decided[g].address(), decided[g].decision(),
                    group.members().stream().map(ChatParticipant::key).toList()));
        }
        return new Reconciliation(drafts, notes);
    }

    private static int groupHoldingMost(List<Map<Long, Integer>> overlaps, long contactId) {
        int best = -1;
        int most = 0;
        for (int g = 0; g < overlaps.size(); g++) {
            int count = overlaps.get(g).getOrDefault(contactId, 0);
            if (count > most) {
                most = count;
                best = g;
            }
        }
        return best;
    }

    /** How many participants group {@code group} shares with stored contact {@code contactId}. */
    private record Overlap(int group, long contactId, int count) {
    }

    /** A decision with where it came from. */
    private record Decided(Decision decision, String address, String from) {
        static final Decided NONE = new Decided(Decision.UNDECIDED, null, "");

        boolean sameAs(Decided other) {
            return decision == other.decision && Objects.equals(address, other.address);
        }

        int strength() {
            return switch (decision) {
                case ME -> 4;
                case KNOWN -> 3;
                case INVITE -> 2;
                case SKIP -> 1;
                case UNDECIDED -> 0;
            };
        }
    }
}
