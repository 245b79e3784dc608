package org.trasloco.xmpp.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A self-chosen password judged while it is typed. */
class PasswordStrengthTest {

    @Test
    void shortPasswordsAreTooShort() {
        assertEquals(PasswordStrength.TOO_SHORT, PasswordStrength.of(""));
        assertEquals(PasswordStrength.TOO_SHORT, PasswordStrength.of("Xy7#qP2"));
    }

    @Test
    void repeatsAndSequencesCountAsOneCharacter() {
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("12345678"));
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("aaaaaaaaaaaa"));
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("abcdefghij"));
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("98765432"));
        assertTrue(PasswordStrength.estimateBits("abcdefgh") < PasswordStrength.estimateBits("agbhcfde"));
    }

    @Test
    void commonWordsCountAsOneChoiceEach() {
        // A word and a year: long, but made of two guessable pieces.
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("sunflower"));
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("Sunflower-1987"));
        assertTrue(PasswordStrength.estimateBits("tazzavela") < PasswordStrength.estimateBits("tzzaavlea"));
    }

    @Test
    void lengthAndVarietyMakeAPasswordStronger() {
        assertEquals(PasswordStrength.FAIR, PasswordStrength.of("Tr0ub4dor&3"));
        assertEquals(PasswordStrength.FAIR, PasswordStrength.of("Xk9#pL2v!qR7"));
        assertEquals(PasswordStrength.STRONG, PasswordStrength.of("correcthorsebatterystaple"));
        assertEquals(PasswordStrength.STRONG, PasswordStrength.of("grandma's sunflowers grow tall"));
    }

    @Test
    void generatedPasswordsAreStrong() {
        PasswordGenerator generator = PasswordGenerator.forLocale(Locale.ITALIAN);
        for (int i = 0; i < 20; i++) {
            try (Password password = generator.generate()) {
                assertEquals(PasswordStrength.STRONG, PasswordStrength.of(password.reveal()));
            }
        }
    }
}
