package org.trasloco.xmpp.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    @Test
    void everyPasswordHasAtLeastNinetyBits() {
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            PasswordGenerator generator = PasswordGenerator.forLocale(locale);
            assertTrue(generator.entropyBits() >= PasswordGenerator.MINIMUM_BITS, locale + ": " + generator.entropyBits());
            assertEquals(7, generator.wordCount(), "2,048 words: seven words and four digits");
        }
    }

    @Test
    void italianPasswordsAreItalianWordsAndANumber() {
        List<String> italian = PasswordGenerator.wordList(Locale.ITALIAN);
        String password = PasswordGenerator.forLocale(Locale.forLanguageTag("it-IT")).generate().reveal();

        assertTrue(password.matches("([a-z]{3,8}-){7}[0-9]{4}"), password);
        String[] parts = password.split("-");
        for (int i = 0; i < 7; i++) {
            assertTrue(italian.contains(parts[i]), parts[i] + " is in the Italian list");
        }
    }

    @Test
    void otherLanguagesGetEnglishWords() {
        List<String> english = PasswordGenerator.wordList(Locale.ENGLISH);
        String password = PasswordGenerator.forLocale(Locale.GERMAN).generate().reveal();
        assertTrue(english.contains(password.split("-")[0]), password);
    }

    @Test
    void theWordListsAreOursAndFull() {
        List<String> italian = PasswordGenerator.wordList(Locale.ITALIAN);
        List<String> english = PasswordGenerator.wordList(Locale.ENGLISH);
        assertEquals(2048, italian.size());
        assertEquals(2048, english.size());
        assertEquals(2048, new HashSet<>(italian).size());
        assertTrue(italian.contains("gelato") && english.contains("meadow"));
        assertFalse(italian.contains("meadow"));
    }

    @Test
    void passwordsDoNotRepeat() {
        PasswordGenerator generator = PasswordGenerator.forLocale(Locale.ITALIAN);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            assertTrue(seen.add(generator.generate().reveal()));
        }
    }

    @Test
    void aShorterListMeansMoreWords() {
        List<String> small = java.util.stream.IntStream.range(0, 256).mapToObj(i -> "w" + i).toList();
        PasswordGenerator generator = new PasswordGenerator(small, new SecureRandom());
        assertEquals(10, generator.wordCount(), "8 bits a word: ten words and four digits reach 90 bits");
        assertTrue(generator.entropyBits() >= 90);
    }

    @Test
    void aPasswordNeverShowsItselfByAccident() {
        Password password = Password.of("secret words");
        assertEquals("Password[hidden]", password.toString());
        assertEquals("secret words", password.reveal());
        password.wipe();
        assertThrows(IllegalStateException.class, password::reveal);
    }
}
