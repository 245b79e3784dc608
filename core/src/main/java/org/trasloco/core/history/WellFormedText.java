package org.trasloco.core.history;

/**
 * Makes text valid Unicode: a surrogate without its partner (which an export can hold, through a
 * JSON escape or a damaged file) becomes U+FFFD. Left alone, every later step treats it its own way
 * (JSON writes an escape, the workspace and XML a question mark), so the same message would read
 * differently in each.
 */
final class WellFormedText {

    private WellFormedText() {
    }

    /** The text with every lone surrogate replaced, or the text itself when it has none. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < length
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return replaceFrom(text, i);
                }
                i++;
            }
        }
        return text;
    }

    private static String replaceFrom(String text, int start) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, start);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
