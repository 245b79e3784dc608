package org.trasloco.importers.whatsapp;

import java.util.regex.Pattern;

/**
 * Cleans the sender names WhatsApp writes: invisible bidi marks around phone numbers and mentions
 * removed, the {@code ~ } that marks senders who are not in the exporter's address book removed
 * (remembered separately), no-break spaces trimmed too (which {@link String#strip()} would keep).
 */
final class AuthorNames {

    private static final Pattern MARKS = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern NON_CONTACT = Pattern.compile("^\\h*~\\h*");
    private static final Pattern EDGE_SPACE = Pattern.compile("^\\h+|\\h+$");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-.\\u00A0\\u202F]{5,}");

    private AuthorNames() {
    }

    /** The name without marks, non-contact prefix and surrounding spaces. */
    static String clean(String raw) {
        String name = MARKS.matcher(raw).replaceAll("");
        name = NON_CONTACT.matcher(name).replaceFirst("");
        return EDGE_SPACE.matcher(name).replaceAll("");
    }

    /** Whether the raw name carries the non-contact {@code ~} prefix. */
    static boolean isNonContact(String raw) {
        return NON_CONTACT.matcher(MARKS.matcher(raw).replaceAll("")).find();
    }

    /** The phone number when a cleaned name is one ({@code +39 333 123 4567} → {@code +393331234567}), else {@code null}. */
    static String phoneOf(String name) {
        if (!PHONE.matcher(name).matches()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(name.startsWith("+") ? "+" : "");
        name.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.length() >= 6 ? digits.toString() : null;
    }

    /** Removes every invisible mark (for comparing marker texts). */
    static String withoutMarks(String text) {
        return MARKS.matcher(text).replaceAll("");
    }

    /** Removes leading invisible marks only. */
    static String withoutLeadingMarks(String text) {
        int i = 0;
        while (i < text.length() && HeaderSyntax.Shape.isMark(text.charAt(i))) {
            i++;
        }
        return text.substring(i);
    }

    /** Trims horizontal white space, no-break spaces included. */
    static String trim(String text) {
        return EDGE_SPACE.matcher(text).replaceAll("");
    }
}
