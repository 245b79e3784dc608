package org.trasloco.importers.contacts;

import java.util.List;
import java.util.Optional;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Everyone in the history after a refresh, and what the user should look at.
 *
 * @param people every person, most messages first
 * @param meBasis how the user was found, or {@code null} when nobody is marked as the user
 * @param meCandidates when the user was not found: who it may be, likeliest first
 * @param ambiguousNames names that several different people share and that merged nobody
 * @param notes changes worth a look (decisions that met when two people became one)
 */
public record Roster(List<Person> people, MeBasis meBasis, List<Person> meCandidates, List<String> ambiguousNames,
        List<LocalizedText> notes) {

    /** How the user is known. */
    public enum MeBasis {
        /** The user said so. */
        CONFIRMED,
        /** An export says who made it. */
        EXPORT_OWNER,
        /** The only person in every conversation not ruled out by WhatsApp's system lines. */
        EVERY_CHAT
    }

    /**
     * Copies the lists.
     *
     * @param people the people
     * @param meBasis how the user was found
     * @param meCandidates who the user may be
     * @param ambiguousNames shared names
     * @param notes notes
     */
    public Roster {
        people = List.copyOf(people);
        meCandidates = List.copyOf(meCandidates);
        ambiguousNames = List.copyOf(ambiguousNames);
        notes = List.copyOf(notes);
    }

    /** The person marked as the user, if any. */
    public Optional<Person> me() {
        return people.stream().filter(p -> p.contact().decision() == Decision.ME).findFirst();
    }

    /**
     * The person with a contact id.
     *
     * @param id the contact id
     * @return the person, if any
     */
    public Optional<Person> byId(long id) {
        return people.stream().filter(p -> p.contact().id() == id).findFirst();
    }
}
