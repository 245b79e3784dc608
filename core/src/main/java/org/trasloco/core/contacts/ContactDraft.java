package org.trasloco.core.contacts;

import java.util.List;
import java.util.Objects;

/**
 * A contact as the people feature computed it, to be saved in the workspace: who it is, who it
 * is made of, and the user's decision carried over from before.
 *
 * @param id the id of the stored contact this continues, or {@code 0} for a new one
 * @param name the name shown
 * @param aliases the other names
 * @param phones E.164 numbers
 * @param platformIds platform ids (Telegram {@code user123})
 * @param xmppAddress the known XMPP address, or {@code null}
 * @param decision the decision
 * @param members the participants this contact is made of (at least one)
 */
public record ContactDraft(long id, String name, List<String> aliases, List<String> phones, List<String> platformIds,
        String xmppAddress, Decision decision, List<ParticipantKey> members) {

    /**
     * Checks and copies.
     *
     * @param id stored id or 0
     * @param name name shown
     * @param aliases other names
     * @param phones E.164 numbers
     * @param platformIds platform ids
     * @param xmppAddress address or {@code null}
     * @param decision decision
     * @param members the participants
     */
    public ContactDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decision, "decision");
        aliases = List.copyOf(aliases);
        phones = List.copyOf(phones);
        platformIds = List.copyOf(platformIds);
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a contact needs at least one participant: " + name);
        }
        if (id < 0) {
            throw new IllegalArgumentException("id must not be negative: " + id);
        }
    }
}
