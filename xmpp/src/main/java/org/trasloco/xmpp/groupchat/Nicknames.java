package org.trasloco.xmpp.groupchat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Nicknames for the people of one group chat, made from their names in an export: each a valid
 * XMPP resource as servers prepare it (RFC 3920 resourceprep: invisible joiners and variation
 * selectors removed, compatibility forms normalised with NFKC, control and direction characters
 * left out, right-to-left names without left-to-right letters), so that the server stores exactly
 * the nickname sent; and unique in the room ({@code Anna}, {@code Anna (2)}). The same names given
 * in the same order give the same nicknames.
 */
public final class Nicknames {

    /** The longest nickname, in characters (code points). */
    public static final int MAX_LENGTH = 48;
    private static final String FALLBACK = "?";

    private final Set<String> taken = new HashSet<>();

    /**
     * A nickname for one more person of the room.
     *
     * @param name the name as the export or the user wrote it
     * @return a nickname no one before got
     */
    public String assign(String name) {
        String base = prepared(name);
        boolean rightToLeft = base.codePoints().anyMatch(Nicknames::rightToLeft);
        String nickname = base;
        for (int n = 2; !taken.add(nickname); n++) {
            // A right-to-left nickname must end with a right-to-left letter: it is told apart by
            // tatweels (U+0640, a right-to-left mark of lengthening) instead of a number.
            nickname = rightToLeft ? base + "\u0640".repeat(n - 1) : base + " (" + n + ")";
        }
        return nickname;
    }

    /**
     * A name as a valid nickname, without making it unique.
     *
     * @param name the name
     * @return the nickname; {@code ?} when nothing of the name is left
     */
    public static String prepared(String name) {
        Objects.requireNonNull(name, "name");
        String mapped = Normalizer.normalize(withoutMappedToNothing(name), Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(mapped.length());
        boolean space = false;
        for (int i = 0; i < mapped.length(); ) {
            int c = mapped.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = kept.length() > 0;
            } else if (allowed(c)) {
                if (space) {
                    kept.append(' ');
                    space = false;
                }
                kept.appendCodePoint(c);
            }
        }
        String nickname = directional(kept.toString());
        nickname = limited(nickname);
        return nickname.isEmpty() ? FALLBACK : nickname;
    }

    /** Removes what resourceprep maps to nothing (RFC 3454 table B.1). */
    private static String withoutMappedToNothing(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !(c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
                || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether resourceprep keeps a character (RFC 3454 tables C.2 to C.9 left out). */
    private static boolean allowed(int c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return false;
        }
        boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        boolean replacement = c >= 0xFFF9 && c <= 0xFFFD;
        boolean ideographicDescription = c >= 0x2FF0 && c <= 0x2FFB;
        boolean deprecated = c == 0x0340 || c == 0x0341;
        return !(nonCharacter || replacement || ideographicDescription || deprecated);
    }

    /**
     * RFC 3454 section 6: a name with right-to-left letters must hold no left-to-right letter and
     * begin and end with a right-to-left one. Such a name keeps its right-to-left part.
     */
    private static String directional(String text) {
        boolean rightToLeft = text.codePoints().anyMatch(Nicknames::rightToLeft);
        if (!rightToLeft) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getDirectionality(c) != Character.DIRECTIONALITY_LEFT_TO_RIGHT)
                .forEach(kept::appendCodePoint);
        int start = 0;
        int end = kept.length();
        while (start < end && !rightToLeft(kept.codePointAt(start))) {
            start += Character.charCount(kept.codePointAt(start));
        }
        while (end > start && !rightToLeft(kept.codePointBefore(end))) {
            end -= Character.charCount(kept.codePointBefore(end));
        }
        return kept.substring(start, end);
    }

    private static boolean rightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static String limited(String text) {
        String cut = text.codePointCount(0, text.length()) <= MAX_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
        cut = cut.strip();
        // Far below the 1023 bytes a resource may have, and never cut inside a character.
        return cut.getBytes(StandardCharsets.UTF_8).length <= 1023 ? cut : FALLBACK;
    }
}
