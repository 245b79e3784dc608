package org.trasloco.importers.contacts;

import org.trasloco.core.contacts.PhoneNumbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.NameKey;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Finds the person a user means by what they type: {@code #12} (the id in the exported list), the
 * name shown, any other name they have (case and accents do not matter), a phone number in any
 * form, or a Telegram id.
 */
public final class PersonLookup {

    private static final int LISTED = 5;

    private final Roster roster;
    private final PhoneNumbers numbers;

    /**
     * Looks people up in a roster.
     *
     * @param roster the people
     * @param numbers reads typed phone numbers
     */
    public PersonLookup(Roster roster, PhoneNumbers numbers) {
        this.roster = roster;
        this.numbers = numbers;
    }

    /**
     * The one person meant.
     *
     * @param typed what the user typed
     * @return the person
     * @throws TraslocoException of kind {@code USAGE} when nobody or several people fit
     */
    public Person find(String typed) {
        List<Person> found = candidates(typed);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, ContactsMessages.PERSON_NOT_FOUND, typed.strip());
        }
        throw new TraslocoException(TraslocoException.Kind.USAGE, ContactsMessages.PERSON_AMBIGUOUS, typed.strip(),
                describe(found));
    }

    /**
     * Everyone the text may mean: an exact id or shown name wins alone, otherwise every person with
     * that name, number or id.
     *
     * @param typed what the user typed
     * @return the people, in roster order
     */
    public List<Person> candidates(String typed) {
        String text = typed.strip();
        if (text.matches("#\\d{1,18}")) {
            return roster.byId(Long.parseLong(text.substring(1))).map(List::of).orElse(List.of());
        }
        List<Person> exact = roster.people().stream().filter(p -> p.name().equals(text)).toList();
        if (exact.size() == 1) {
            return exact;
        }
        String key = NameKey.of(text);
        String phone = PersonNames.isNumber(text) ? numbers.e164(text) : null;
        Set<Person> found = new LinkedHashSet<>();
        for (Person person : roster.people()) {
            boolean named = !key.isEmpty() && (NameKey.of(person.name()).equals(key)
                    || person.contact().aliases().stream().anyMatch(alias -> NameKey.of(alias).equals(key)));
            boolean numbered = phone != null && person.contact().phones().contains(phone);
            boolean identified = person.contact().platformIds().contains(text)
                    || person.contact().platformIds().contains("user" + text);
            if (named || numbered || identified) {
                found.add(person);
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The participants with a name, optionally only in one conversation (by title or key).
     *
     * @param name the name as it appears in a chat (case and accents do not matter)
     * @param conversation a conversation title or key, or {@code null} for all
     * @return the participants
     */
    public List<ParticipantKey> participantsNamed(String name, String conversation) {
        String key = NameKey.of(name);
        String chat = conversation == null ? null : NameKey.of(conversation);
        List<ParticipantKey> found = new ArrayList<>();
        for (Person person : roster.people()) {
            for (ChatParticipant member : person.members()) {
                if (NameKey.of(member.key().name()).equals(key) && (chat == null
                        || NameKey.of(member.conversationTitle()).equals(chat)
                        || NameKey.of(member.key().conversationKey()).equals(chat))) {
                    found.add(member.key());
                }
            }
        }
        return found;
    }

    /** "Anna (#3: Family, Work); Anna (#8: Gym)". */
    static LocalizedText describe(List<Person> people) {
        String listed = people.stream().limit(LISTED)
                .map(p -> p.name() + " (#" + p.contact().id() + (p.conversations().isEmpty() ? ""
                        : ": " + String.join(", ", p.conversations())) + ")")
                .collect(Collectors.joining("; "));
        return people.size() > LISTED
                ? LocalizedText.of(ContactsMessages.PERSON_LIST_MORE, listed, people.size() - LISTED)
                : LocalizedText.of(ContactsMessages.PERSON_LIST, listed);
    }
}
