package org.trasloco.importers.contacts;

import java.util.List;
import org.trasloco.core.contacts.ContactDraft;
import org.trasloco.core.i18n.LocalizedText;

/**
 * The merged people as contacts to save, and what the user should know about the change.
 *
 * @param drafts one contact per group of the merge, in the same order
 * @param notes decisions that met when two contacts became one (the kept one is said)
 */
public record Reconciliation(List<ContactDraft> drafts, List<LocalizedText> notes) {

    /**
     * Copies the lists.
     *
     * @param drafts the contacts
     * @param notes the notes
     */
    public Reconciliation {
        drafts = List.copyOf(drafts);
        notes = List.copyOf(notes);
    }
}
