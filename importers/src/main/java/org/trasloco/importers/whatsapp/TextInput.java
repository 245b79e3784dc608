package org.trasloco.importers.whatsapp;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.io.CountingInputStream;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.io.LineReader;
import org.trasloco.importers.io.LineTooLongException;
import org.trasloco.importers.io.TextDecoding;

/**
 * One pass over a chat text: bytes counted for progress, binary data and empty files refused up
 * front, strict decoding, numbered lines with a length limit, every failure turned into a domain
 * error naming the file and line.
 */
final class TextInput implements Closeable {

    /** No WhatsApp message comes near this (in characters, or bytes of UTF-8); WhatsApp caps a message at 65,536 characters. */
    static final int MAX_LINE_LENGTH = 1_000_000;

    /**
     * The bound of a whole message, its header line and every continuation line (each counted with
     * its line break), so that one endless message cannot fill the memory however short its lines.
     */
    static final int MAX_MESSAGE_LENGTH = MAX_LINE_LENGTH;

    /** The most lines one message may have: WhatsApp's 65,536 characters can make at most that many. */
    static final int MAX_MESSAGE_LINES = 100_000;

    private static final int SNIFF_BYTES = 8192;

    private final String label;
    private final CountingInputStream counter;
    private final LineReader lines;

    private TextInput(String label, CountingInputStream counter, LineReader lines) {
        this.label = label;
        this.counter = counter;
        this.lines = lines;
    }

    static TextInput open(ChatSource source) {
        String label = source.textLabel();
        InputStream raw = null;
        try {
            raw = source.openText();
            CountingInputStream counter = new CountingInputStream(raw);
            BufferedInputStream buffered = new BufferedInputStream(counter, 1 << 16);
            buffered.mark(SNIFF_BYTES);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            if (head.length == 0 || isOnlyByteOrderMark(head)) {
                throw InputErrors.badInput(ImporterMessages.INPUT_EMPTY, label);
            }
            if (TextDecoding.looksBinary(head, head.length)) {
                throw InputErrors.badInput(ImporterMessages.INPUT_BINARY, label);
            }
            return new TextInput(label, counter, LineReader.open(buffered, MAX_LINE_LENGTH));
        } catch (IOException e) {
            closeQuietly(raw);
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, label);
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    /** The next line, or {@code null} at the end. */
    String readLine() {
        try {
            return lines.readLine();
        } catch (LineTooLongException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_LINE_TOO_LONG, label, e.line(), e.limit());
        } catch (CharacterCodingException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_BAD_ENCODING, label, lines.lineNumber() + 1);
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, label);
        }
    }

    /** The number of the line last returned. */
    long lineNumber() {
        return lines.lineNumber();
    }

    /** Bytes consumed from the file so far (ahead of the lines returned by at most a buffer). */
    long bytesRead() {
        return counter.count();
    }

    String label() {
        return label;
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException | TraslocoException ignored) {
            // Closing after a read error must not hide that error.
        }
    }

    private static boolean isOnlyByteOrderMark(byte[] head) {
        return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                || head.length == 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // The original failure is reported.
            }
        }
    }
}
