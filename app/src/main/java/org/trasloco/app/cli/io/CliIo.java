package org.trasloco.app.cli.io;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.trasloco.core.error.TraslocoException;

/**
 * The streams and language of one command-line run. Text is always written as UTF-8 (a JSON
 * consumer or a modern terminal expects it, whatever the machine's default charset).
 *
 * <p>Everything printed as text goes through {@link SafeTerminalWriter}, so that no text from an
 * export (names, messages, file names) can drive the terminal; the JSON on {@code data} has its
 * control and bidirectional characters escaped ({@link JsonSafeOutputStream}). Only the CLI's own
 * terminal control sequences take {@link #control(String)}.
 *
 * @param in standard input (passwords are read from it)
 * @param data raw standard output, for machine-readable output written by a JSON generator
 * @param out standard output as text
 * @param err standard error as text (messages, warnings, progress)
 * @param locale the language of the messages
 * @param terminal whether standard error is a terminal (progress bars are shown only then)
 * @param rawErr standard error without the safety filter, for {@link #control(String)} only
 */
public record CliIo(InputStream in, OutputStream data, PrintWriter out, PrintWriter err, Locale locale,
        boolean terminal, PrintWriter rawErr) {

    /**
     * Wraps raw streams.
     *
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param locale the language
     * @param terminal whether standard error is a terminal
     * @return the streams
     */
    public static CliIo of(InputStream in, OutputStream out, OutputStream err, Locale locale, boolean terminal) {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        // JSON and text share the buffer; only JSON needs the escaping, and text keeps its isolates.
        OutputStream data = new JsonSafeOutputStream(buffered);
        return new CliIo(in, data,
                new PrintWriter(new SafeTerminalWriter(new OutputStreamWriter(buffered, StandardCharsets.UTF_8)), true),
                new PrintWriter(new SafeTerminalWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true),
                locale, terminal, new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }

    /**
     * Sends one of the CLI's own terminal control sequences (a carriage return, "erase to the end
     * of the line") to standard error, after what was printed before it. Never for text.
     *
     * @param sequence the control sequence
     */
    public void control(String sequence) {
        err.flush();
        rawErr.print(sequence);
        rawErr.flush();
    }

    /**
     * Prints a domain error on standard error in the user's language.
     *
     * @param error the error
     */
    public void report(TraslocoException error) {
        err.println(error.message(locale));
        err.flush();
    }
}
