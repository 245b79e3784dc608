package org.trasloco.app.wizard.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A password shown large continues on the next line after a dash only, and nothing of it is lost. */
class PasswordDisplayTest {

    @Test
    void aMadePasswordIsShownWordByWordWithItsDashes() {
        assertEquals(List.of("fiume-", "tazza-", "4821"), PasswordDisplay.pieces("fiume-tazza-4821"));
    }

    @Test
    void anyPasswordIsShownWhole() {
        for (String password : List.of("plain", "ends-with-", "-starts", "two--dashes", "", "-")) {
            assertEquals(password, String.join("", PasswordDisplay.pieces(password)), password);
        }
        assertEquals(List.of("two-", "-", "dashes"), PasswordDisplay.pieces("two--dashes"));
        assertEquals(List.of("plain"), PasswordDisplay.pieces("plain"));
    }
}
