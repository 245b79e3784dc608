package org.trasloco.importers.contacts;

import java.util.List;
import java.util.Objects;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.Contact;

/**
 * A stored contact with what the history says about them, as the people step shows it.
 *
 * @param contact the contact
 * @param conversations the titles of the conversations they wrote in, most messages first
 * @param messages how many messages they wrote in all
 * @param members the participants they are, with their conversations
 */
public record Person(Contact contact, List<String> conversations, long messages, List<ChatParticipant> members) {

    /**
     * Checks and copies.
     *
     * @param contact the contact
     * @param conversations conversation titles
     * @param messages message count
     * @param members participants
     */
    public Person {
        Objects.requireNonNull(contact, "contact");
        conversations = List.copyOf(conversations);
        members = List.copyOf(members);
    }

    /** The name shown. */
    public String name() {
        return contact.name();
    }
}
