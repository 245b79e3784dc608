package org.trasloco.importers.contacts;

import java.util.List;

/**
 * Who the user is, as far as the history tells.
 *
 * @param group the index of the user's group in the merge, or -1 when it is not clear
 * @param basis how it was found; {@code null} when not found
 * @param candidates when not found: the indexes of the groups it may be, likeliest first
 */
public record MeFinding(int group, Basis basis, List<Integer> candidates) {

    /** How the user was found. */
    public enum Basis {
        /** The export says who made it (Telegram's personal information, WhatsApp's "You deleted"). */
        EXPORT_OWNER,
        /** The only person in every conversation who is not named in a WhatsApp system line. */
        EVERY_CHAT
    }

    /**
     * Copies the candidates.
     *
     * @param group the group index or -1
     * @param basis how it was found, or {@code null}
     * @param candidates possible groups when not found
     */
    public MeFinding {
        candidates = List.copyOf(candidates);
    }

    /** Whether the user was found. */
    public boolean found() {
        return group >= 0;
    }
}
