package org.trasloco.app.cli.people;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.importers.contacts.Person;
import org.trasloco.importers.contacts.Roster;

/** The list for people to read: who, how many messages where, other names, numbers, the choice; then who "you" are. */
final class PeopleList {

    private PeopleList() {
    }

    static void print(PrintWriter out, Roster roster, Locale locale) {
        out.println(PeopleText.LIST_HEADER.format(locale, roster.people().size()));
        for (Person person : roster.people()) {
            Contact contact = person.contact();
            out.println(PeopleText.LIST_ROW.format(locale, contact.id(), person.name(), person.messages(),
                    person.conversations().size(), String.join(", ", person.conversations()), decision(contact)));
            if (!contact.aliases().isEmpty()) {
                out.println(PeopleText.LIST_ALIASES.format(locale, String.join(", ", contact.aliases())));
            }
            if (!contact.phones().isEmpty()) {
                out.println(PeopleText.LIST_PHONES.format(locale, String.join(", ", contact.phones())));
            }
        }
        printMe(out, roster, locale);
    }

    static void printMe(PrintWriter out, Roster roster, Locale locale) {
        if (roster.people().isEmpty()) {
            return;
        }
        String me = roster.me().map(Person::name).orElse(null);
        if (me != null && roster.meBasis() != null) {
            PeopleText key = switch (roster.meBasis()) {
                case CONFIRMED -> PeopleText.ME_CONFIRMED;
                case EXPORT_OWNER -> PeopleText.ME_EXPORT_OWNER;
                case EVERY_CHAT -> PeopleText.ME_EVERY_CHAT;
            };
            out.println(key.format(locale, me));
        } else if (me == null) {
            out.println(roster.meCandidates().isEmpty() ? PeopleText.ME_UNKNOWN_NO_CANDIDATE.format(locale)
                    : PeopleText.ME_UNKNOWN.format(locale, roster.meCandidates().stream().map(Person::name)
                            .collect(Collectors.joining(", "))));
        }
    }

    private static LocalizedText decision(Contact contact) {
        return switch (contact.decision()) {
            case UNDECIDED -> LocalizedText.of(PeopleText.DECISION_UNDECIDED);
            case KNOWN -> LocalizedText.of(PeopleText.DECISION_KNOWN, contact.xmppAddress());
            case INVITE -> LocalizedText.of(PeopleText.DECISION_INVITE);
            case SKIP -> LocalizedText.of(PeopleText.DECISION_SKIP);
            case ME -> LocalizedText.of(PeopleText.DECISION_ME);
        };
    }
}
