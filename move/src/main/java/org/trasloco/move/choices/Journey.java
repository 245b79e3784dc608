package org.trasloco.move.choices;

/** Who is moving: it chooses the words of the steps and the defaults of the printed kit. */
public enum Journey {
    /** The user moves themself. */
    ME,
    /** The user helps someone else, often a relative: large print and their language by default. */
    HELPER,
    /** A volunteer onboards a group at a workshop: participants list, one kit each. */
    WORKSHOP
}
