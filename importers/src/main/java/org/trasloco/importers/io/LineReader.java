package org.trasloco.importers.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines ending in {@code \n}, {@code \r\n} or {@code \r} (and nothing else: U+2028, U+2029 and
 * U+0085 stay inside lines, unlike Java's {@code \R}), numbering them from 1, with a length limit so
 * that a damaged file with one enormous line cannot exhaust memory. Text is decoded strictly: an
 * invalid byte is an error at the line that holds it, never a silent replacement.
 *
 * <p>{@link #open} chooses the encoding from the byte-order mark: UTF-16 when the file has one
 * (re-saved on Windows), otherwise UTF-8, whose lines are split at the byte level and decoded one by
 * one with the JDK's fast decoder (chat exports have millions of lines).
 */
public abstract class LineReader implements Closeable {

    LineReader() {
    }

    /**
     * Opens bytes as lines of text.
     *
     * @param in the bytes, from the start of the file
     * @param maxLineLength the longest line accepted (characters for UTF-16, bytes for UTF-8)
     * @return the reader
     * @throws IOException when the first bytes cannot be read
     */
    public static LineReader open(InputStream in, int maxLineLength) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        boolean utf16 = b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
        return utf16 ? new DecodingLineReader(TextDecoding.open(buffered), maxLineLength)
                : new Utf8LineReader(buffered, maxLineLength);
    }

    /**
     * Reads the next line without its terminator.
     *
     * @return the line, or {@code null} at the end of the text
     * @throws LineTooLongException when the line exceeds the limit
     * @throws java.nio.charset.CharacterCodingException when the line is not valid text
     * @throws IOException when reading fails
     */
    public abstract String readLine() throws IOException;

    /** The number of the line last returned, 1-based (0 before the first). */
    public abstract long lineNumber();
}
