package org.trasloco.keepsake;

import java.util.LinkedHashSet;
import java.util.Set;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.workspace.Workspace;

/**
 * The names the user writes under in the history, so that a keepsake can show their own messages
 * apart (on the right, as a phone does) and a phone backup can mark them as sent.
 */
public final class MyNames {

    private MyNames() {
    }

    /**
     * The names of the contact the people step marked as the user: their name and every alias.
     *
     * @param workspace the workspace
     * @return the names; empty until the people step has said who the user is
     */
    public static Set<String> of(Workspace workspace) {
        Set<String> names = new LinkedHashSet<>();
        for (Contact contact : workspace.contacts()) {
            if (contact.decision() == Decision.ME) {
                names.add(contact.name());
                names.addAll(contact.aliases());
            }
        }
        return Set.copyOf(names);
    }
}
