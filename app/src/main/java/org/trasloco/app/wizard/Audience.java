package org.trasloco.app.wizard;

/** Who is moving: the answer of the welcome step, which later steps use to choose their words. */
public enum Audience {
    /** The user moves themself. */
    ME,
    /** The user helps someone else (often a relative). */
    HELPER,
    /** A volunteer onboards a group at a workshop. */
    WORKSHOP
}
