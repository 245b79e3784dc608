package org.trasloco.keepsake.book;

import java.text.Bidi;

/**
 * Puts a line of mixed left-to-right and right-to-left text into the order it is seen in, since
 * a PDF shows glyphs in the order they are drawn: runs of Hebrew or Arabic are reversed, and the
 * runs placed by the Unicode bidirectional algorithm (the JDK's {@link Bidi}). PDF readers turn the
 * text back into reading order when it is copied or searched. Arabic letters are not joined (no
 * shaping): they print in their isolated forms.
 */
final class BidiText {

    private BidiText() {
    }

    /** Whether the paragraph reads right to left (its first strong character is). */
    static boolean isRightToLeft(String paragraph) {
        for (int i = 0; i < paragraph.length(); ) {
            int c = paragraph.codePointAt(i);
            i += Character.charCount(c);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** The line in visual order, for a paragraph of the given direction. */
    static String visual(String line, boolean rightToLeft) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = (levels[i] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = run.length(); i > 0; ) {
            int c = run.codePointBefore(i);
            i -= Character.charCount(c);
            out.appendCodePoint(mirrored(c));
        }
        return out.toString();
    }

    private static int mirrored(int c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> c;
        };
    }
}
