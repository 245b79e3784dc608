package org.trasloco.xmpp.archive;

/**
 * Text made safe to travel in XML and to come back unchanged: characters XML 1.0 forbids (most
 * control characters, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, and carriage returns become
 * line feeds, as every XML parser would turn them anyway. What is sent is what a read-back compares.
 */
public final class XmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /**
     * Cleans a text.
     *
     * @param text any text
     * @return the text, unchanged when it was already safe
     */
    public static String clean(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && safeAt(text, first)) {
            first += Character.isHighSurrogate(text.charAt(first)) ? 2 : 1;
        }
        if (first >= length) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(length).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    continue;
                }
                cleaned.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || !allowed(c)) {
                cleaned.append(REPLACEMENT);
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static boolean safeAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return c != '\r' && !Character.isSurrogate(c) && allowed(c);
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }

    /**
     * Escapes a cleaned text for an XML attribute value or element content.
     *
     * @param out where to write
     * @param text the text
     */
    public static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c);
            }
        }
    }
}
