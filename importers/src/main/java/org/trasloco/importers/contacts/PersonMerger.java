package org.trasloco.importers.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.ExportOwner;
import org.trasloco.core.contacts.KeptPhoneBookEntry;
import org.trasloco.core.contacts.NameKey;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.ParticipantLink;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Network;

/**
 * Merges the participants of every conversation into people. In order of strength:
 * <ol>
 * <li>the user's corrections ("same person" joins; "not the same person" is never overridden);</li>
 * <li>the export owners: every export was made by the user, so they are one person;</li>
 * <li>the same phone number in E.164 form, from a participant whose name is a number or from a
 *     phone-book entry (a phone book therefore ties a number to a name: "Mamma" in one chat and
 *     "+39 333 123 4567" in another);</li>
 * <li>the same platform id (Telegram {@code user123});</li>
 * <li>the same name after {@link NameKey} (no {@code ~}, invisible marks, case or accents), unless
 *     the name belongs to several people known by different numbers or ids: then it merges nobody
 *     and is reported as ambiguous.</li>
 * </ol>
 * A phone-book entry is thus matched by number first, then by name. Entries that end up with no
 * participant are reported so that they can be forgotten.
 */
public final class PersonMerger {

    private final PhoneNumbers numbers;

    /**
     * A merger reading numbers with the given rules.
     *
     * @param numbers the phone number normaliser
     */
    public PersonMerger(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    /**
     * Merges.
     *
     * @param participants every participant of every conversation
     * @param phoneBook the kept phone-book entries
     * @param owners the exports' owners
     * @param links the user's corrections
     * @return the people
     */
    public MergeResult merge(List<ChatParticipant> participants, List<KeptPhoneBookEntry> phoneBook,
            List<ExportOwner> owners, List<ParticipantLink> links) {
        List<Node> nodes = new ArrayList<>(participants.size() + phoneBook.size() + owners.size());
        participants.forEach(p -> add(nodes, participantNode(p)));
        phoneBook.forEach(e -> add(nodes, entryNode(e)));
        owners.forEach(o -> add(nodes, ownerNode(o)));
        DisjointSets sets = new DisjointSets(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            node.phones.forEach(phone -> sets.addPhone(node.index, phone));
            if (node.platformId != null) {
                sets.addPlatformId(node.index, node.network, node.platformId);
            }
        }
        applyCorrections(nodes, participants, links, sets);
        joinOwners(nodes, sets);
        joinByKey(nodes, sets, node -> node.phones);
        joinByKey(nodes, sets, node -> node.platformId == null ? Set.of() : Set.of(node.network + ":" + node.platformId));
        List<String> ambiguous = joinByName(nodes, sets);
        return collect(nodes, sets, ambiguous);
    }

    private static void add(List<Node> nodes, Node node) {
        node.index = nodes.size();
        nodes.add(node);
    }

    private Node participantNode(ChatParticipant chat) {
        Node node = new Node(chat, null, null);
        String phone = chat.participant().phone();
        if (phone == null && PersonNames.isNumber(chat.participant().name())) {
            phone = chat.participant().name();
        }
        addPhone(node, phone);
        node.platformId = chat.participant().platformId();
        node.network = chat.key().network().id();
        node.nameKey = PersonNames.isNumber(chat.participant().name()) ? "" : NameKey.of(chat.participant().name());
        return node;
    }

    private Node entryNode(KeptPhoneBookEntry kept) {
        Node node = new Node(null, kept, null);
        fromEntry(node, kept.entry());
        String origin = kept.origin();
        node.network = origin.startsWith(Network.TELEGRAM.id() + ":") ? Network.TELEGRAM.id() : null;
        if (node.network == null) {
            node.platformId = null; // a vCard has no platform ids
        }
        return node;
    }

    private Node ownerNode(ExportOwner owner) {
        Node node = new Node(null, null, owner);
        fromEntry(node, owner.owner());
        node.network = owner.network().id();
        return node;
    }

    private void fromEntry(Node node, PhoneBookEntry entry) {
        entry.phones().forEach(phone -> addPhone(node, phone));
        node.platformId = entry.platformId();
        node.nameKey = PersonNames.isNumber(entry.name()) ? "" : NameKey.of(entry.name());
    }

    private void addPhone(Node node, String written) {
        String e164 = numbers.e164(written);
        if (e164 != null) {
            node.phones.add(e164);
        }
    }

    private static void applyCorrections(List<Node> nodes, List<ChatParticipant> participants,
            List<ParticipantLink> links, DisjointSets sets) {
        Map<ParticipantKey, Integer> index = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            index.put(participants.get(i).key(), i);
        }
        for (ParticipantLink link : links) {
            Integer first = index.get(link.first());
            Integer second = index.get(link.second());
            if (first != null && second != null && !link.same()) {
                sets.keepApart(first, second);
            }
        }
        for (ParticipantLink link : links) {
            Integer first = index.get(link.first());
            Integer second = index.get(link.second());
            if (first != null && second != null && link.same()) {
                sets.union(first, second);
            }
        }
    }

    private static void joinOwners(List<Node> nodes, DisjointSets sets) {
        int first = -1;
        for (Node node : nodes) {
            if (node.owner != null) {
                if (first < 0) {
                    first = node.index;
                } else {
                    sets.union(first, node.index);
                }
            }
        }
    }

    private static void joinByKey(List<Node> nodes, DisjointSets sets, Function<Node, Set<String>> keys) {
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (Node node : nodes) {
            for (String key : keys.apply(node)) {
                Integer first = firstWithKey.putIfAbsent(key, node.index);
                if (first != null) {
                    sets.union(first, node.index);
                }
            }
        }
    }

    /** Joins by name where that is unambiguous; returns the ambiguous names (as first written). */
    private static List<String> joinByName(List<Node> nodes, DisjointSets sets) {
        Map<String, List<Node>> byName = new TreeMap<>();
        for (Node node : nodes) {
            if (!node.nameKey.isEmpty()) {
                byName.computeIfAbsent(node.nameKey, k -> new ArrayList<>()).add(node);
            }
        }
        List<String> ambiguous = new ArrayList<>();
        for (List<Node> named : byName.values()) {
            Set<Integer> roots = new LinkedHashSet<>();
            named.forEach(node -> roots.add(sets.find(node.index)));
            if (roots.size() < 2) {
                continue;
            }
            List<Integer> identified = roots.stream().filter(sets::identified).toList();
            boolean conflict = false;
            for (int i = 0; i < identified.size() && !conflict; i++) {
                for (int j = i + 1; j < identified.size() && !conflict; j++) {
                    conflict = !sets.compatible(identified.get(i), identified.get(j));
                }
            }
            List<Integer> joining = conflict ? roots.stream().filter(r -> !sets.identified(r)).toList()
                    : List.copyOf(roots);
            for (int i = 1; i < joining.size(); i++) {
                sets.union(joining.get(0), joining.get(i));
            }
            if (conflict) {
                ambiguous.add(named.get(0).displayName());
            }
        }
        return ambiguous;
    }

    private static MergeResult collect(List<Node> nodes, DisjointSets sets, List<String> ambiguous) {
        Map<Integer, List<Node>> byRoot = new LinkedHashMap<>();
        for (Node node : nodes) {
            byRoot.computeIfAbsent(sets.find(node.index), r -> new ArrayList<>()).add(node);
        }
        List<PersonGroup> groups = new ArrayList<>();
        List<Long> unused = new ArrayList<>();
        for (List<Node> group : byRoot.values()) {
            List<ChatParticipant> members = new ArrayList<>();
            List<KeptPhoneBookEntry> entries = new ArrayList<>();
            Set<String> phones = new TreeSet<>();
            Set<String> platformIds = new TreeSet<>();
            boolean owner = false;
            for (Node node : group) {
                if (node.participant != null) {
                    members.add(node.participant);
                } else if (node.entry != null) {
                    entries.add(node.entry);
                } else {
                    owner = true;
                }
                phones.addAll(node.phones);
                if (node.platformId != null && node.network != null) {
                    platformIds.add(node.platformId);
                }
            }
            if (members.isEmpty()) {
                entries.forEach(entry -> unused.add(entry.id()));
                continue;
            }
            members.sort(Comparator.comparingLong((ChatParticipant m) -> m.participant().messageCount()).reversed());
            groups.add(new PersonGroup(members, entries, List.copyOf(phones), List.copyOf(platformIds), owner));
        }
        return new MergeResult(groups, ambiguous, unused);
    }

    /** One participant, phone-book entry or export owner, with what it is known by. */
    private static final class Node {
        private int index;
        private final ChatParticipant participant;
        private final KeptPhoneBookEntry entry;
        private final ExportOwner owner;
        private final Set<String> phones = new TreeSet<>();
        private String platformId;
        private String network;
        private String nameKey = "";

        Node(ChatParticipant participant, KeptPhoneBookEntry entry, ExportOwner owner) {
            this.participant = participant;
            this.entry = entry;
            this.owner = owner;
        }

        String displayName() {
            return participant != null ? participant.participant().name()
                    : entry != null ? entry.entry().name() : owner.owner().name();
        }
    }
}
