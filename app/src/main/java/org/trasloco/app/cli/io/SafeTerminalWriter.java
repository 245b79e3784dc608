package org.trasloco.app.cli.io;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The text writer between every line the CLI prints and the terminal: text from an export (a
 * sender's name, a message, a file name) can hold control characters that a terminal obeys (ESC
 * starts sequences that recolour it, set its title or move the cursor, BEL rings, C1 codes such as
 * CSI act like ESC). They are shown as visible symbols instead: C0 codes and DEL as the Unicode
 * control pictures (ESC as ␛), C1 codes as U+FFFD. Bidirectional overrides (LRO, RLO), which could
 * make a name read backwards, are shown as U+FFFD too; embeddings and isolates, which exports use
 * around phone numbers and mentions, are kept but closed at the end of each line, so they cannot
 * reorder what follows. Line feeds and tabs pass. The CLI's own terminal control (the progress
 * bar's carriage return and line erase) does not go through here: see {@link CliIo#control}.
 */
final class SafeTerminalWriter extends FilterWriter {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char CONTROL_PICTURES = '\u2400';
    private static final char DELETE_PICTURE = '\u2421';
    private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private int openEmbeddings;
    private int openIsolates;

    SafeTerminalWriter(Writer out) {
        super(out);
    }

    /**
     * Makes a text safe to print, the same way the writer does (for text that is measured or
     * padded before printing).
     *
     * @param text any text
     * @return the text as it would reach the terminal
     */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] open = new int[2];
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i), out, open);
        }
        closeOpen(out, open);
        return out.toString();
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        StringBuilder safe = new StringBuilder(length + 8);
        int[] open = {openEmbeddings, openIsolates};
        for (int i = offset; i < offset + length; i++) {
            append(text.charAt(i), safe, open);
        }
        openEmbeddings = open[0];
        openIsolates = open[1];
        out.write(safe.toString());
    }

    @Override
    public void flush() throws IOException {
        if (openEmbeddings + openIsolates > 0) {
            StringBuilder closing = new StringBuilder();
            closeOpen(closing, new int[] {openEmbeddings, openIsolates});
            openEmbeddings = 0;
            openIsolates = 0;
            out.write(closing.toString());
        }
        super.flush();
    }

    /** Appends one character made safe; {@code open} counts the embeddings and isolates still open. */
    private static void append(char c, StringBuilder out, int[] open) {
        if (c == '\n') {
            closeOpen(out, open);
            out.append(c);
        } else if (c == '\t') {
            out.append(c);
        } else if (c < 0x20) {
            out.append((char) (CONTROL_PICTURES + c));
        } else if (c == 0x7F) {
            out.append(DELETE_PICTURE);
        } else if (c >= 0x80 && c <= 0x9F || c == '\u202D' || c == '\u202E') {
            out.append(REPLACEMENT);
        } else if (c == '\u202A' || c == '\u202B') {
            open[0]++;
            out.append(c);
        } else if (c == POP_DIRECTIONAL_FORMATTING) {
            if (open[0] > 0) {
                open[0]--;
                out.append(c);
            }
        } else if (c >= '\u2066' && c <= '\u2068') {
            open[1]++;
            out.append(c);
        } else if (c == POP_DIRECTIONAL_ISOLATE) {
            if (open[1] > 0) {
                open[1]--;
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }

    private static void closeOpen(StringBuilder out, int[] open) {
        for (; open[1] > 0; open[1]--) {
            out.append(POP_DIRECTIONAL_ISOLATE);
        }
        for (; open[0] > 0; open[0]--) {
            out.append(POP_DIRECTIONAL_FORMATTING);
        }
    }
}
