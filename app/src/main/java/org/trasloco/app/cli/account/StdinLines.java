package org.trasloco.app.cli.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Standard input read line by line, shared by everything one command reads from it (the password
 * first, then the answers to the server's questions). Never closes the stream.
 */
final class StdinLines {

    private final BufferedReader reader;

    StdinLines(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next line without its line ending, or {@code null} at the end of the input. */
    String next() {
        try {
            String line = reader.readLine();
            if (line != null && line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
