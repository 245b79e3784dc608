package org.trasloco.core.contacts;

import java.util.Objects;
import org.trasloco.core.history.PhoneBookEntry;

/**
 * A phone-book entry that matched someone in the history and is therefore kept in the workspace.
 *
 * @param id its id in the workspace
 * @param origin where it came from: {@code vcard:FILE NAME} or {@code telegram:EXPORT}
 * @param entry the entry as the phone book wrote it
 */
public record KeptPhoneBookEntry(long id, String origin, PhoneBookEntry entry) {

    /**
     * Checks the components.
     *
     * @param id workspace id
     * @param origin where it came from
     * @param entry the entry
     */
    public KeptPhoneBookEntry {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(entry, "entry");
    }
}
