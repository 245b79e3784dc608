package org.trasloco.app.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the command line with captured output.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code trasloco args…} with empty standard input. */
    public static CliRun of(String... args) {
        return withInput("", args);
    }

    /** Runs {@code trasloco args…} with the given standard input. */
    public static CliRun withInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err, false).run(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
