package org.trasloco.core.history;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a phone book (a vCard, Telegram's contact list, the export owner's own details),
 * used to recognise people in the history. Only entries that match someone in the history are ever
 * stored.
 *
 * @param name the display name
 * @param phones phone numbers as written (normalised later, with the user's region)
 * @param platformId the platform's id of the person (Telegram {@code user123}), or {@code null}
 */
public record PhoneBookEntry(String name, List<String> phones, String platformId) {

    /**
     * Checks and copies.
     *
     * @param name the display name
     * @param phones phone numbers
     * @param platformId platform id or {@code null}
     */
    public PhoneBookEntry {
        Objects.requireNonNull(name, "name");
        phones = List.copyOf(phones);
    }
}
