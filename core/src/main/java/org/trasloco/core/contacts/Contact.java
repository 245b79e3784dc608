package org.trasloco.core.contacts;

import java.util.List;
import java.util.Objects;

/**
 * A person merged across conversations (DESIGN §3).
 *
 * @param id the contact's id in the workspace
 * @param name the name shown
 * @param aliases the other names the person appears under
 * @param phones phone numbers in E.164 form
 * @param platformIds platform ids (Telegram {@code user123})
 * @param xmppAddress the person's XMPP address when known, else {@code null}
 * @param decision what happens to them
 */
public record Contact(long id, String name, List<String> aliases, List<String> phones, List<String> platformIds,
        String xmppAddress, Decision decision) {

    /**
     * Checks and copies.
     *
     * @param id workspace id
     * @param name name shown
     * @param aliases other names
     * @param phones E.164 numbers
     * @param platformIds platform ids
     * @param xmppAddress XMPP address or {@code null}
     * @param decision the decision
     */
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decision, "decision");
        aliases = List.copyOf(aliases);
        phones = List.copyOf(phones);
        platformIds = List.copyOf(platformIds);
    }
}
