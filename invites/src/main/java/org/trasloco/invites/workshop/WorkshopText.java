package org.trasloco.invites.workshop;

import org.trasloco.core.i18n.MessageKey;

/** The workshop package's texts ({@code org/trasloco/invites/workshop/messages*.properties}). */
public enum WorkshopText implements MessageKey {
    /** {0} the file: no participants in it. */
    NO_PARTICIPANTS("noParticipants"),
    /** {0} the address: two participants would get the same address. */
    DUPLICATE_ADDRESS("duplicateAddress"),
    /** {0} the folder: the kits cannot be written there. */
    CANNOT_WRITE("cannotWrite");

    private final String key;

    WorkshopText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.workshop.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
