package org.trasloco.core.contacts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which two names count as the same: invisible marks and WhatsApp's non-contact
 * {@code ~} removed, letters without accents, lower case, runs of spaces (no-break ones included)
 * made one. {@code "~ Mamma"}, {@code "mamma"} and {@code "MÀMMA"} all have the key {@code mamma}.
 */
public final class NameKey {

    private NameKey() {
    }

    /**
     * The comparison key of a name.
     *
     * @param name a name as an export or a phone book writes it
     * @return the key; empty when the name has no visible character
     */
    public static String of(String name) {
        if (isPlainAscii(name)) {
            return asciiKey(name);
        }
        StringBuilder visible = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (c == '~' && key.length() == 0) {
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            key.appendCodePoint(c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** Printable ASCII and ordinary spaces only: nothing to decompose, no invisible marks. */
    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x7F || c < 0x20 && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String asciiKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '\t') {
                pendingSpace = key.length() > 0;
            } else if (c != '~' || key.length() > 0) {
                if (pendingSpace) {
                    key.append(' ');
                    pendingSpace = false;
                }
                key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return key.toString();
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
