package org.trasloco.invites.workshop;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the participants list.
 *
 * @param name their name
 * @param language the language of their kit
 * @param address the address they want ({@code anna} or {@code anna@example.org}), or {@code null}
 *     to have one suggested from their name
 * @param accountToken a token from the server that creates their account (XEP-0401), or {@code null}
 */
public record Participant(String name, Locale language, String address, String accountToken) {

    /**
     * Checks and trims.
     *
     * @param name the name
     * @param language the language
     * @param address the address wanted, or {@code null}
     * @param accountToken the token, or {@code null}
     */
    public Participant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        name = name.strip();
        address = address == null || address.isBlank() ? null : address.strip();
        accountToken = accountToken == null || accountToken.isBlank() ? null : accountToken.strip();
    }
}
