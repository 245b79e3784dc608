package org.trasloco.xmpp.password;

import java.util.Arrays;
import java.util.Objects;

/**
 * A password held in memory only as long as needed. {@link #toString()} never shows it, so it cannot
 * end up in a log by accident; {@link #reveal()} is the one deliberate way to read it (to send it to
 * the server, or to show a generated password to its owner once). {@link #wipe()} overwrites it.
 */
public final class Password implements AutoCloseable {

    private final char[] characters;
    private boolean wiped;

    private Password(char[] characters) {
        this.characters = characters;
    }

    /**
     * Takes a copy of the characters; the caller should wipe its own array.
     *
     * @param characters the password
     * @return the holder
     * @throws IllegalArgumentException when the password is empty
     */
    public static Password of(char[] characters) {
        Objects.requireNonNull(characters, "characters");
        if (characters.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        return new Password(characters.clone());
    }

    /**
     * Holds a password given as a string (Smack and line readers deliver strings).
     *
     * @param text the password
     * @return the holder
     */
    public static Password of(String text) {
        Objects.requireNonNull(text, "text");
        return of(text.toCharArray());
    }

    /**
     * The password in clear: to hand it to the server or to show it to its owner, nowhere else.
     *
     * @return the password
     * @throws IllegalStateException after {@link #wipe()}
     */
    public String reveal() {
        if (wiped) {
            throw new IllegalStateException("password was wiped");
        }
        return new String(characters);
    }

    /** The number of characters. */
    public int length() {
        return characters.length;
    }

    /** Overwrites the characters; the holder is unusable afterwards. */
    public void wipe() {
        Arrays.fill(characters, '\0');
        wiped = true;
    }

    /** Same as {@link #wipe()}. */
    @Override
    public void close() {
        wipe();
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
