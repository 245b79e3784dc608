package org.trasloco.importers.whatsapp;

import java.util.regex.Pattern;

/**
 * Cleans the sender names WhatsApp writes: invisible bidi marks around phone numbers and mentions
 * removed, the {@code ~ } that marks senders who are not in the exporter's address book removed
 * (remembered separately), no-break spaces trimmed too (which {@link String#strip()} would keep).
 * Runs once or more per message, so it scans characters instead of using regular expressions.
 */
final class AuthorNames {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-.\\u00A0\\u202F]{5,}");

    private AuthorNames() {
    }

    /** The name without marks, non-contact prefix and surrounding spaces. */
    static String clean(String raw) {
        String name = trim(withoutMarks(raw));
        if (!name.isEmpty() && name.charAt(0) == '~') {
            name = trim(name.substring(1));
        }
        return name;
    }

    /** Whether the raw name carries the non-contact {@code ~} prefix. */
    static boolean isNonContact(String raw) {
        String name = trim(withoutMarks(raw));
        return !name.isEmpty() && name.charAt(0) == '~';
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

    /** Removes every invisible mark (for comparing marker texts); returns the same string when there is none. */
    static String withoutMarks(String text) {
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Characters.isMark(text.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Characters.isMark(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** Removes leading invisible marks only. */
    static String withoutLeadingMarks(String text) {
        int i = 0;
        while (i < text.length() && Characters.isMark(text.charAt(i))) {
            i++;
        }
        return i == 0 ? text : text.substring(i);
    }

    /** Trims horizontal white space, no-break spaces included. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Characters.isHorizontalSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Characters.isHorizontalSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }
}
