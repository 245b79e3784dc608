package org.trasloco.keepsake.conversations;

import java.util.Locale;
import java.util.Objects;

/**
 * Bare XMPP addresses as the app stores them: {@code local@domain}, domain lower case (the app and
 * the server compare them so), and full addresses of group chat members, {@code room@service/nick}.
 */
final class Addresses {

    private Addresses() {
    }

    /** Checks a bare address and lower-cases it, as stringprep would for these characters. */
    static String bare(String address) {
        Objects.requireNonNull(address, "address");
        String trimmed = address.strip();
        int at = trimmed.indexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.indexOf('/') >= 0 || trimmed.indexOf('@', at + 1) >= 0
                || trimmed.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '&' || c == '\'' || c == ':' || c == '<' || c == '>')) {
            throw new IllegalArgumentException("not a bare XMPP address: " + address);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** The key an address is compared by (the app writes them as the user typed the domain). */
    static String key(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    /** A member's full address in a room: the nickname without control characters, never empty. */
    static String occupant(String room, String nickname) {
        StringBuilder clean = new StringBuilder();
        nickname.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        String nick = clean.toString().strip();
        return room + "/" + (nick.isEmpty() ? "?" : nick);
    }
}
