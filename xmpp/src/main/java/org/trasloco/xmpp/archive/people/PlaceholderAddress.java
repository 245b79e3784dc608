package org.trasloco.xmpp.archive.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * A stable stand-in address for someone whose XMPP address is not known, under the reserved
 * {@code .invalid} top-level domain (RFC 2606), so it can never reach anyone:
 * {@code jess.moreau.3f9a1c@whatsapp.trasloco.invalid}. The readable part comes from the name (a
 * phone number keeps its digits); the six hex digits of a hash keep different names apart. The same
 * person (same network and name) always gets the same address, in every upload and file.
 */
public final class PlaceholderAddress {

    /** The domain under which placeholders live, after the network's name. */
    public static final String DOMAIN_SUFFIX = ".trasloco.invalid";
    private static final int MAX_READABLE = 40;

    private PlaceholderAddress() {
    }

    /**
     * The placeholder of a participant.
     *
     * @param network where they wrote
     * @param name their name as the export writes it
     * @return a bare address
     */
    public static String of(Network network, String name) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(name, "name");
        return readable(name) + "." + shortHash(network.id() + "\n" + name) + "@" + network.id() + DOMAIN_SUFFIX;
    }

    /**
     * Whether an address is a placeholder.
     *
     * @param address a bare address
     * @return {@code true} for addresses this class makes
     */
    public static boolean isPlaceholder(String address) {
        return address.endsWith(DOMAIN_SUFFIX);
    }

    private static String readable(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean separator = false;
        boolean phone = name.strip().startsWith("+") && name.chars().filter(Character::isDigit).count() >= 6;
        for (int i = 0; i < decomposed.length() && out.length() < MAX_READABLE; i++) {
            char c = decomposed.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (separator && out.length() > 0 && !phone) {
                    out.append('.');
                }
                out.append(Character.toLowerCase(c));
                separator = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                separator = true;
            }
        }
        return out.length() == 0 ? "someone" : out.toString().toLowerCase(Locale.ROOT);
    }

    private static String shortHash(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
