package org.trasloco.importers.contacts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.ParticipantLink;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.PeopleStore;
import org.trasloco.core.workspace.Workspace;

/**
 * The people step over one workspace: load phone books, merge everyone in the history into people,
 * find the user, and record the user's corrections and decisions. Every change is stored at once;
 * {@link #refresh()} recomputes the people and returns them.
 */
public final class People {

    /** Workspace property: the default region for phone numbers written without a country. */
    static final String REGION_PROPERTY = "people.region";
    /** Workspace property: how the contact marked as the user was found ({@link Roster.MeBasis} or {@code none}). */
    static final String ME_PROPERTY = "people.me";
    private static final String NONE = "none";

    private final Workspace workspace;
    private final PeopleStore store;
    private final PhoneNumbers numbers;

    private People(Workspace workspace, PhoneNumbers numbers) {
        this.workspace = workspace;
        this.store = workspace.people();
        this.numbers = numbers;
    }

    /**
     * Opens the people step. The default region for phone numbers is, in order: {@code region} (then
     * remembered in the workspace), the one remembered, the region of {@code locale}.
     *
     * @param workspace the workspace
     * @param region an ISO country code, or {@code null}
     * @param locale the user's locale
     * @return the people step
     * @throws TraslocoException of kind {@code USAGE} for an unknown region code
     */
    public static People open(Workspace workspace, String region, Locale locale) {
        Objects.requireNonNull(workspace, "workspace");
        PhoneNumbers numbers;
        if (region != null && !region.isBlank()) {
            numbers = PhoneNumbers.inRegion(region);
            workspace.setProperty(REGION_PROPERTY, numbers.region());
        } else {
            numbers = PhoneNumbers.inRegion(workspace.property(REGION_PROPERTY).orElse(PhoneNumbers.regionOf(locale)));
        }
        return new People(workspace, numbers);
    }

    /** The phone-number rules in use. */
    public PhoneNumbers numbers() {
        return numbers;
    }

    /**
     * Reads a vCard file and keeps the cards that may be someone in the history; the rest is not
     * stored. Loading the same file again replaces what it gave before.
     *
     * @param file the {@code .vcf} file
     * @return how many cards were read and how many kept
     * @throws TraslocoException of kind {@code BAD_INPUT} when the file is not a readable phone book
     */
    public PhoneBookLoad loadVCard(Path file) {
        List<PhoneBookEntry> entries = VCardPhoneBook.read(file);
        Path name = file.getFileName();
        int kept = store.keepPhoneBook("vcard:" + (name == null ? file : name), entries);
        return new PhoneBookLoad(entries.size(), kept);
    }

    /**
     * How a phone book was used.
     *
     * @param read the entries in the file
     * @param kept the entries kept because they may be someone in the history
     */
    public record PhoneBookLoad(int read, int kept) {
    }

    /**
     * Merges everyone in the history into people again (after imports, phone books or corrections),
     * stores the result, looks for the user unless they said who they are, and returns the people.
     *
     * @return the people, most messages first
     */
    public Roster refresh() {
        MergeResult merge = new PersonMerger(numbers).merge(store.participants(), store.phoneBook(),
                store.exportOwners(), store.links());
        if (!merge.unusedPhoneBook().isEmpty()) {
            store.forgetPhoneBookEntries(merge.unusedPhoneBook());
        }
        Reconciliation reconciliation = ContactReconciler.reconcile(merge.groups(), store.contacts(),
                store.memberships());
        List<Contact> saved = store.saveContacts(reconciliation.drafts());
        // The system lines are read (a scan of the history) only while the user is not confirmed.
        SettledMe me = settleMe(saved, () -> MeDetector.find(merge.groups(), store.systemLines(Network.WHATSAPP)));
        List<Contact> contacts = me.changed() ? reread(saved) : saved;
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            people.add(personOf(contacts.get(i), merge.groups().get(i)));
        }
        Roster.MeBasis basis = me.basis();
        List<Person> candidates = basis != null || me.finding().found() ? List.of()
                : me.finding().candidates().stream().limit(5).map(people::get).toList();
        people.sort(Comparator.comparingLong(Person::messages).reversed()
                .thenComparing(Person::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(p -> p.contact().id()));
        return new Roster(people, basis, candidates, merge.ambiguousNames(), reconciliation.notes());
    }

    /**
     * The user says who they are. Nothing detects otherwise afterwards.
     *
     * @param person the user
     */
    public void confirmMe(Person person) {
        store.decide(List.of(new ContactDecision(person.contact().id(), Decision.ME, null)));
        workspace.setProperty(ME_PROPERTY, Roster.MeBasis.CONFIRMED.name());
    }

    /**
     * Records decisions, all or none.
     *
     * @param decisions the decisions; a {@link Decision#ME} among them counts as the user's confirmation
     */
    public void decide(List<ContactDecision> decisions) {
        store.decide(decisions);
        if (decisions.stream().anyMatch(d -> d.decision() == Decision.ME)) {
            workspace.setProperty(ME_PROPERTY, Roster.MeBasis.CONFIRMED.name());
        }
    }

    /**
     * The user says two people are one. Takes effect at the next {@link #refresh()}.
     *
     * @param first one person
     * @param second the other
     */
    public void merge(Person first, Person second) {
        List<ParticipantLink> pairs = new ArrayList<>();
        for (ChatParticipant a : first.members()) {
            for (ChatParticipant b : second.members()) {
                pairs.add(new ParticipantLink(a.key(), b.key(), false));
            }
        }
        store.unlink(pairs);
        store.link(List.of(new ParticipantLink(first.members().get(0).key(), second.members().get(0).key(), true)));
    }

    /**
     * The user says some participants of a person are someone else. Takes effect at the next
     * {@link #refresh()}.
     *
     * @param person the person as merged now
     * @param apart the participants that are another person
     * @return whether anything was split (false when the person is made only of {@code apart})
     */
    public boolean split(Person person, List<ParticipantKey> apart) {
        List<ParticipantLink> links = new ArrayList<>();
        for (ChatParticipant member : person.members()) {
            if (!apart.contains(member.key())) {
                for (ParticipantKey other : apart) {
                    links.add(new ParticipantLink(other, member.key(), false));
                }
            }
        }
        store.link(links);
        return !links.isEmpty();
    }

    /**
     * How the user is known after a refresh ({@code basis} {@code null} when not at all), what detection
     * found ({@code null} when the user had confirmed it, as nothing is detected then), and whether
     * decisions changed in the store.
     */
    private record SettledMe(Roster.MeBasis basis, MeFinding finding, boolean changed) {
    }

    /** Settles who is marked as the user, detecting them only if they have not said who they are. */
    private SettledMe settleMe(List<Contact> saved, Supplier<MeFinding> detection) {
        String stored = workspace.property(ME_PROPERTY).orElse(NONE);
        boolean anyMe = saved.stream().anyMatch(c -> c.decision() == Decision.ME);
        if (stored.equals(Roster.MeBasis.CONFIRMED.name()) && anyMe) {
            return new SettledMe(Roster.MeBasis.CONFIRMED, null, false);
        }
        MeFinding finding = detection.get();
        Contact detected = finding.found() ? saved.get(finding.group()) : null;
        List<ContactDecision> changes = new ArrayList<>();
        for (Contact contact : saved) {
            if (contact.decision() == Decision.ME && contact != detected) {
                changes.add(new ContactDecision(contact.id(), Decision.UNDECIDED, null));
            }
        }
        Roster.MeBasis basis = null;
        if (detected != null && (detected.decision() == Decision.UNDECIDED || detected.decision() == Decision.ME)) {
            changes.add(new ContactDecision(detected.id(), Decision.ME, null));
            basis = finding.basis() == MeFinding.Basis.EXPORT_OWNER ? Roster.MeBasis.EXPORT_OWNER : Roster.MeBasis.EVERY_CHAT;
        }
        if (!changes.isEmpty()) {
            store.decide(changes);
        }
        workspace.setProperty(ME_PROPERTY, basis == null ? NONE : basis.name());
        return new SettledMe(basis, finding, !changes.isEmpty());
    }

    /** The saved contacts with their decisions as stored now, in the same order. */
    private List<Contact> reread(List<Contact> saved) {
        Map<Long, Contact> byId = new LinkedHashMap<>();
        store.contacts().forEach(contact -> byId.put(contact.id(), contact));
        return saved.stream().map(contact -> byId.get(contact.id())).toList();
    }

    private static Person personOf(Contact contact, PersonGroup group) {
        Map<String, Long> byConversation = new LinkedHashMap<>();
        for (ChatParticipant member : group.members()) {
            byConversation.merge(member.conversationTitle(), member.participant().messageCount(), Long::sum);
        }
        List<String> conversations = byConversation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER)))
                .map(Map.Entry::getKey)
                .toList();
        return new Person(contact, conversations, group.messages(), group.members());
    }
}
