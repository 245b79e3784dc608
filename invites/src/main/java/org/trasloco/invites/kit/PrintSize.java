package org.trasloco.invites.kit;

/** How big the text is printed. */
public enum PrintSize {
    /** Ordinary print: body text 12 pt. */
    NORMAL,
    /** Large print for people who read with difficulty: body text 16 pt, everything else larger too. */
    LARGE
}
