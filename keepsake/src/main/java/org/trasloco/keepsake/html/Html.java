package org.trasloco.keepsake.html;

/**
 * Escapes text from exports for HTML. Everything a chat export holds (names, messages, file names)
 * goes through here before it reaches a page: {@code & < > " '} become character references, so
 * text can neither open a tag nor leave an attribute; characters that have no place in an HTML
 * document (NUL and other controls, lone surrogates, noncharacters) become U+FFFD. Line breaks and
 * tabs are kept; the page shows them with {@code white-space: pre-wrap}.
 */
final class Html {

    private static final char REPLACEMENT = '\uFFFD';

    private Html() {
    }

    /**
     * Escapes text for element content and for quoted attribute values.
     *
     * @param text the text, or {@code null}
     * @return the escaped text; empty for {@code null}
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            boolean bad = replacement == null && !allowed(text, i);
            if (replacement == null && !bad) {
                if (out != null) {
                    out.append(c);
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                    if (out != null) {
                        out.append(text.charAt(i));
                    }
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length + 16).append(text, 0, i);
            }
            out.append(bad ? String.valueOf(REPLACEMENT) : replacement);
        }
        return out == null ? text : out.toString();
    }

    /** Whether the character at {@code i} (with its low surrogate, if any) may stand in HTML. */
    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                return false;
            }
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            return (codePoint & 0xFFFE) != 0xFFFE;
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
    }

    /**
     * Whether a link target may become a clickable link: only web and mail addresses, never
     * {@code javascript:}, {@code data:} or a file on this computer.
     *
     * @param target the target as the export wrote it
     * @return {@code true} for {@code http:}, {@code https:} and {@code mailto:} targets
     */
    static boolean isSafeLink(String target) {
        String lower = target.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && lower.chars().noneMatch(ch -> ch < 0x21);
    }
}
