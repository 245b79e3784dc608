package org.trasloco.invites.links;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as RFC 3986 defines it, over UTF-8, with upper-case hex digits. What may stay
 * literal differs per URI component, so callers pass the extra characters their grammar allows on
 * top of RFC 3986's unreserved set.
 */
public final class UriEncoding {

    /** RFC 5122 {@code nodeallow}: what a local part may keep literal besides unreserved characters. */
    static final String NODE_ALLOWED = "!$()*+,;=";
    /** RFC 5122 {@code resallow}: what a resource may keep literal besides unreserved characters. */
    static final String RESOURCE_ALLOWED = "!$&'()*+,:;=";
    /** Nothing but unreserved characters: query types, keys and values. */
    static final String UNRESERVED_ONLY = "";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    /** Whether {@code c} is an RFC 3986 unreserved character. */
    static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /**
     * Percent-encodes everything but RFC 3986 unreserved characters: safe for any query value of
     * any URI (a space becomes {@code %20}, never {@code +}).
     *
     * @param text the text
     * @return the encoded text, pure ASCII
     */
    public static String encodeComponent(String text) {
        return encode(text, UNRESERVED_ONLY);
    }

    /**
     * Percent-encodes everything but unreserved characters and {@code allowed}.
     *
     * @param text the text
     * @param allowed ASCII characters that stay literal
     * @return the encoded text, pure ASCII
     */
    static String encode(String text, String allowed) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (isUnreserved(c) || allowed.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes percent escapes; characters outside ASCII (an IRI) pass through unchanged.
     *
     * @param text the encoded text
     * @return the decoded text
     * @throws BadEscape when an escape is malformed or the bytes are not UTF-8
     */
    static String decode(String text) throws BadEscape {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new BadEscape(text.substring(i, Math.min(text.length(), i + 3)));
                }
                bytes.write(high << 4 | low);
                i += 3;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadEscape(text);
        }
    }

    /** A malformed percent escape, or escapes that do not decode to UTF-8. */
    static final class BadEscape extends Exception {
        private static final long serialVersionUID = 1L;

        /** The offending text. */
        final String escape;

        BadEscape(String escape) {
            super(escape, null, false, false);
            this.escape = escape;
        }
    }
}
