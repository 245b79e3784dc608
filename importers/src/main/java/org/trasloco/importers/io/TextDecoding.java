package org.trasloco.importers.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens bytes as text the way chat exports need: a UTF-16 byte-order mark (a file re-saved on
 * Windows) selects UTF-16, otherwise the text is UTF-8, decoded strictly (invalid bytes are an error,
 * never silently replaced), with one leading UTF-8 byte-order mark skipped.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    /**
     * Opens a stream as text.
     *
     * @param in the bytes, positioned at the start of the file
     * @return a strict reader; a malformed byte sequence surfaces as
     *     {@link java.nio.charset.MalformedInputException} from its read methods, after every character
     *     before it has been returned
     * @throws IOException when the first bytes cannot be read
     */
    public static Reader open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(3);
        int b0 = buffered.read();
        int b1 = buffered.read();
        int b2 = buffered.read();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            skip = 3;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        buffered.reset();
        for (int i = 0; i < skip; i++) {
            buffered.read();
        }
        return new StrictDecodingReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Says whether the head of a file looks like binary data rather than text: a known binary
     * signature (a picture, a PDF, a program), or control bytes (NUL and the like, not tabs, line
     * breaks or ESC) making up more than one byte in sixteen, outside a UTF-16 file. One stray NUL in
     * a chat does not make it binary.
     *
     * @param head the first bytes of the file (a few kilobytes)
     * @param length how many of them are valid
     * @return {@code true} for binary data
     */
    public static boolean looksBinary(byte[] head, int length) {
        if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return false;
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (length >= signature.length && java.util.Arrays.equals(head, 0, signature.length, signature, 0,
                    signature.length)) {
                return true;
            }
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                controls++;
            }
        }
        return controls * 16 > length;
    }

    /** PNG, JPEG, GIF, PDF, ELF, WebP/RIFF, Windows programs. */
    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
        {'%', 'P', 'D', 'F'}, {0x7F, 'E', 'L', 'F'}, {'R', 'I', 'F', 'F'}, {'M', 'Z'},
    };
}
