package org.trasloco.importers.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes bytes strictly and, unlike {@link java.io.InputStreamReader}, hands over every character
 * decoded before a malformed sequence before failing, so that the error is reported at the right line.
 */
final class StrictDecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private CoderResult pendingError;
    private boolean endOfInput;
    private boolean flushed;

    StrictDecodingReader(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
        bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pendingError != null) {
            throwPending();
        }
        if (flushed) {
            // The decoder is done; asking it again would fail (a reader may read past the end twice).
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                pendingError = result;
                if (out.position() > offset) {
                    return out.position() - offset;
                }
                throwPending();
            }
            if (result.isOverflow()) {
                return out.position() - offset;
            }
            // Underflow: more bytes are needed, unless the input has ended.
            if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                int produced = out.position() - offset;
                return produced > 0 ? produced : -1;
            }
            if (out.position() > offset) {
                return out.position() - offset;
            }
            refill();
        }
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void throwPending() throws CharacterCodingException {
        pendingError.throwException();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
