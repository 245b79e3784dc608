package org.trasloco.importers.telegram.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.HistorySink;

/**
 * The account owner ({@code personal_information}) and the contact list ({@code contacts}) of a full
 * export, passed to the sink as {@link PhoneBookEntry}s. Their user ids are written in the export's
 * id era, which the first chat usually decides, so the entries wait until it is known and are then
 * given to the sink between two conversations.
 */
final class AccountSections {

    private final PeerIds ids;
    private Map<String, Object> owner;
    private final List<Map<String, Object>> contacts = new ArrayList<>();

    AccountSections(PeerIds ids) {
        this.ids = ids;
    }

    /** Remembers the owner's details. */
    void owner(Map<String, Object> personalInformation) {
        owner = personalInformation;
    }

    /** Remembers one contact (and learns the era from its {@code date_unixtime}). */
    void contact(Map<String, Object> contact) {
        ids.observe(contact);
        contacts.add(contact);
    }

    /** Passes what waits to the sink once the era is known, or when {@code force}d (the era is then assumed). */
    void flush(HistorySink sink, boolean force) {
        if (!ids.decided()) {
            if (!force) {
                return;
            }
            ids.assumeModern();
        }
        if (owner != null) {
            PhoneBookEntry entry = entry(owner);
            if (entry != null) {
                sink.owner(entry);
            }
            owner = null;
        }
        for (Map<String, Object> contact : contacts) {
            PhoneBookEntry entry = entry(contact);
            if (entry != null) {
                sink.phoneBookEntry(entry);
            }
        }
        contacts.clear();
    }

    private PhoneBookEntry entry(Map<String, Object> fields) {
        String name = (text(fields, "first_name") + " " + text(fields, "last_name")).strip();
        String phone = text(fields, "phone_number").strip();
        Long userId = JsonTree.number(fields, "user_id");
        String platformId = userId == null || userId == 0 ? null : ids.user(userId);
        if (name.isEmpty() && phone.isEmpty() && platformId == null) {
            return null;
        }
        return new PhoneBookEntry(name.isEmpty() ? phone : name, phone.isEmpty() ? List.of() : List.of(phone),
                platformId);
    }

    private static String text(Map<String, Object> fields, String key) {
        String value = JsonTree.string(fields, key);
        return value == null ? "" : value;
    }
}
