package org.trasloco.xmpp.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes strong passwords people can read out and type: common words of their language joined by
 * dashes, and a four-digit number, e.g. {@code fiume-tazza-lento-vela-gufo-remo-pane-4821}. Every
 * part is drawn with {@link SecureRandom}, so the strength is exact: with 2,048 words, seven words
 * and four digits give 7 × 11 + log2(10,000) ≈ 90.3 bits; the number of words grows if a list is
 * ever shorter. The word lists are ours ({@code words_it.txt}, {@code words_en.txt}): lowercase
 * a–z only, so they type the same on every keyboard.
 */
public final class PasswordGenerator {

    /** The strength every generated password has at least. */
    public static final double MINIMUM_BITS = 90.0;

    private static final int DIGITS = 4;
    private static final Pattern WORD = Pattern.compile("[a-z]{3,8}");
    private static final List<String> LANGUAGES = List.of("it", "en");

    private final List<String> words;
    private final SecureRandom random;
    private final int wordCount;

    /**
     * A generator over a word list.
     *
     * @param words distinct words
     * @param random the source of randomness
     */
    PasswordGenerator(List<String> words, SecureRandom random) {
        this.words = List.copyOf(words);
        this.random = Objects.requireNonNull(random, "random");
        if (new HashSet<>(this.words).size() != this.words.size() || this.words.size() < 2) {
            throw new IllegalArgumentException("the word list needs at least two distinct words");
        }
        double bitsPerWord = Math.log(this.words.size()) / Math.log(2);
        double digitBits = DIGITS * Math.log(10) / Math.log(2);
        this.wordCount = (int) Math.ceil((MINIMUM_BITS - digitBits) / bitsPerWord);
    }

    /**
     * A generator with the word list of a language (Italian, or English for any other language).
     *
     * @param locale the user's language
     * @return the generator
     */
    public static PasswordGenerator forLocale(Locale locale) {
        return new PasswordGenerator(wordList(locale), new SecureRandom());
    }

    /**
     * The word list of a language.
     *
     * @param locale the language
     * @return the words, sorted
     */
    public static List<String> wordList(Locale locale) {
        String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        String resource = "words_" + language + ".txt";
        try (InputStream in = PasswordGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            List<String> list = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (word.isEmpty()) {
                    continue;
                }
                if (!WORD.matcher(word).matches() || !seen.add(word)) {
                    throw new IllegalStateException("bad or repeated word in " + resource + ": " + word);
                }
                list.add(word);
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How strong every password of this generator is, in bits. */
    public double entropyBits() {
        return wordCount * Math.log(words.size()) / Math.log(2) + DIGITS * Math.log(10) / Math.log(2);
    }

    /** How many words each password has. */
    public int wordCount() {
        return wordCount;
    }

    /**
     * A new password. The caller owns it (and wipes it when done).
     *
     * @return the password
     */
    public Password generate() {
        StringBuilder text = new StringBuilder(wordCount * 9 + DIGITS);
        for (int i = 0; i < wordCount; i++) {
            text.append(words.get(random.nextInt(words.size()))).append('-');
        }
        int number = random.nextInt(10_000);
        text.append(String.format(Locale.ROOT, "%04d", number));
        char[] characters = new char[text.length()];
        text.getChars(0, text.length(), characters, 0);
        // Overwrite the builder's buffer before it is dropped; the Password keeps its own copy.
        for (int i = 0; i < text.length(); i++) {
            text.setCharAt(i, '\0');
        }
        Password password = Password.of(characters);
        Arrays.fill(characters, '\0');
        return password;
    }
}
