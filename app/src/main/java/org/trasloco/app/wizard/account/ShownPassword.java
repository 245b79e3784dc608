package org.trasloco.app.wizard.account;

/**
 * A password as shown in large letters: a line may break after each dash (a zero-width space is
 * placed there), so that a long generated password wraps at large text sizes instead of being cut
 * off. Only the text shown changes; screen readers and the account get the password itself.
 */
final class ShownPassword {

    private static final String BREAK = "\u200B";

    private ShownPassword() {
    }

    static String of(String password) {
        return password.replace("-", "-" + BREAK);
    }
}
