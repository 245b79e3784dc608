package org.trasloco.core.time;

import java.util.Locale;

/** The order of the fields in a numeric date such as {@code 03/02/24}. */
public enum DateOrder {
    /** Day, month, year ({@code 03/02/24} is 3 February). */
    DMY,
    /** Month, day, year ({@code 03/02/24} is 2 March). */
    MDY,
    /** Year, month, day ({@code 2024-02-03}). */
    YMD;

    /** The lower-case name used on the command line ({@code dmy}, {@code mdy}, {@code ymd}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line name, case-insensitively.
     *
     * @param id {@code dmy}, {@code mdy} or {@code ymd}
     * @return the order
     * @throws IllegalArgumentException for any other value
     */
    public static DateOrder ofId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
