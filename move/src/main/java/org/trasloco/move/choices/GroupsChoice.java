package org.trasloco.move.choices;

import java.util.Locale;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.MoveMessages;

/** Where the group conversations of a move go. */
public enum GroupsChoice {
    /** Each group becomes a group chat with its history in the room's archive, where the server allows it. */
    ROOMS("rooms"),
    /** Groups stay in the user's own archive as notes to themself. */
    NOTES("notes");

    private final String id;

    GroupsChoice(String id) {
        this.id = id;
    }

    /** The name used in the workspace and on the command line. */
    public String id() {
        return id;
    }

    /**
     * Reads a name as a person types it.
     *
     * @param text {@code rooms} or {@code notes}
     * @return the choice
     * @throws TraslocoException {@code USAGE} for anything else
     */
    public static GroupsChoice parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (GroupsChoice choice : values()) {
            if (choice.id.equals(wanted)) {
                return choice;
            }
        }
        throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.GROUPS_INVALID, text);
    }
}
