package org.trasloco.xmpp.password;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A rough judgement of a password a person chose themselves, to tell them while they type whether
 * it is good enough. It estimates the bits someone guessing would need, piece by piece: a common
 * word (from the Italian and English lists of {@link PasswordGenerator}) counts as one choice among
 * those words, any other letter as one among 26, a digit as one among 10, a symbol as one among
 * 33; a capital adds a bit; a repeated character or the next step of a sequence ({@code 1234},
 * {@code abcd}) adds one bit only. It knows no names, dates or other languages, so it stays an
 * estimate: generous with those, strict with short and patterned passwords. The generated
 * passwords have at least {@value PasswordGenerator#MINIMUM_BITS} bits.
 */
public enum PasswordStrength {
    /** Fewer than {@value #MINIMUM_LENGTH} characters. */
    TOO_SHORT,
    /** Guessable: less than {@value #FAIR_BITS} bits. */
    WEAK,
    /** Acceptable: less than {@value #STRONG_BITS} bits. */
    FAIR,
    /** Strong: {@value #STRONG_BITS} bits or more. */
    STRONG;

    /** The fewest characters a password should have. */
    public static final int MINIMUM_LENGTH = 8;
    /** The bits from which a password is fair. */
    public static final int FAIR_BITS = 45;
    /** The bits from which a password is strong. */
    public static final int STRONG_BITS = 65;

    private static final double LETTER = log2(26);
    private static final double DIGIT = log2(10);
    private static final double SYMBOL = log2(33);
    /** Letters beyond ASCII (accents, other scripts). */
    private static final double OTHER = log2(100);
    private static final double PREDICTABLE = 1;
    private static final double CAPITAL = 1;
    private static final int SHORTEST_WORD = 3;
    private static final int LONGEST_WORD = 8;

    /**
     * Judges a password.
     *
     * @param password the characters typed (not kept)
     * @return the judgement
     */
    public static PasswordStrength of(CharSequence password) {
        Objects.requireNonNull(password, "password");
        if (password.codePoints().count() < MINIMUM_LENGTH) {
            return TOO_SHORT;
        }
        double bits = estimateBits(password);
        if (bits < FAIR_BITS) {
            return WEAK;
        }
        return bits < STRONG_BITS ? FAIR : STRONG;
    }

    /**
     * The estimated strength in bits.
     *
     * @param password the characters
     * @return the bits, 0 for an empty password
     */
    public static double estimateBits(CharSequence password) {
        int[] points = password.codePoints().toArray();
        double bits = 0;
        int i = 0;
        while (i < points.length) {
            if (isAsciiLetter(points[i])) {
                int end = i;
                while (end < points.length && isAsciiLetter(points[end])) {
                    end++;
                }
                bits += letters(points, i, end);
                i = end;
            } else {
                bits += predictable(points, i) ? PREDICTABLE : single(points[i]);
                i++;
            }
        }
        return bits;
    }

    /**
     * The cheapest reading of a run of letters as common words and single letters, found by
     * dynamic programming over the run: {@code best[k]} is the fewest bits for its first k letters.
     */
    private static double letters(int[] points, int from, int to) {
        int length = to - from;
        double[] best = new double[length + 1];
        for (int k = 1; k <= length; k++) {
            int at = from + k - 1;
            best[k] = best[k - 1] + (predictable(points, at) ? PREDICTABLE : LETTER)
                    + (Character.isUpperCase(points[at]) ? CAPITAL : 0);
            for (int size = SHORTEST_WORD; size <= Math.min(LONGEST_WORD, k); size++) {
                int start = from + k - size;
                if (Words.COMMON.contains(lowerCase(points, start, from + k))) {
                    double capitals = 0;
                    for (int c = start; c < from + k; c++) {
                        capitals += Character.isUpperCase(points[c]) ? CAPITAL : 0;
                    }
                    best[k] = Math.min(best[k], best[k - size] + Words.BITS + capitals);
                }
            }
        }
        return best[length];
    }

    /** Whether the character at {@code i} repeats the one before, or continues a sequence of steps of one. */
    private static boolean predictable(int[] points, int i) {
        if (i == 0) {
            return false;
        }
        int c = Character.toLowerCase(points[i]);
        int previous = Character.toLowerCase(points[i - 1]);
        if (c == previous) {
            return true;
        }
        int step = c - previous;
        // "ab" alone is ordinary; "abc" (the same step twice) is a sequence from its third character on.
        return Math.abs(step) == 1 && i >= 2 && previous - Character.toLowerCase(points[i - 2]) == step;
    }

    private static double single(int c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        return c < 128 ? SYMBOL : OTHER;
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String lowerCase(int[] points, int from, int to) {
        return new String(points, from, to - from).toLowerCase(Locale.ROOT);
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /** The common words, loaded on first use. */
    private static final class Words {
        static final Set<String> COMMON = load();
        static final double BITS = log2(COMMON.size());

        private static Set<String> load() {
            Set<String> words = new HashSet<>(PasswordGenerator.wordList(Locale.ITALIAN));
            words.addAll(PasswordGenerator.wordList(Locale.ENGLISH));
            return Set.copyOf(words);
        }
    }
}
