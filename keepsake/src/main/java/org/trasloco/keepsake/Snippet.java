package org.trasloco.keepsake;

/** The start of a message on one line, to quote it beside a reply. */
public final class Snippet {

    private Snippet() {
    }

    /**
     * The text on one line, cut after {@code max} characters (never inside a surrogate pair) with an
     * ellipsis.
     *
     * @param text the message's text
     * @param max the most characters kept
     * @return the snippet
     */
    public static String of(String text, int max) {
        String line = text.strip().replace('\n', ' ');
        if (line.length() <= max) {
            return line;
        }
        int cut = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
        return line.substring(0, cut) + "…";
    }
}
