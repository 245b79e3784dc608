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
 * @param in standard input (passwords are read from it)
 * @param data raw standard output, for machine-readable output written by a JSON generator
 * @param out standard output as text
 * @param err standard error as text (messages, warnings, progress)
 * @param locale the language of the messages
 * @param terminal whether standard error is a terminal (progress bars are shown only then)
 */
public record CliIo(InputStream in, OutputStream data, PrintWriter out, PrintWriter err, Locale locale,
        boolean terminal) {

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
        OutputStream data = new BufferedOutputStream(out, 1 << 16);
        return new CliIo(in, data,
                new PrintWriter(new OutputStreamWriter(data, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), locale, terminal);
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
