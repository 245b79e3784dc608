package org.trasloco.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.trasloco.app.cli.Cli;

/**
 * One in-process run of {@code trasloco bench} with captured output.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
public record BenchRun(int exit, String out, String err) {

    /** Runs {@code trasloco bench args…} with empty standard input. */
    public static BenchRun of(String... args) {
        return withInput("", args);
    }

    /** Runs {@code trasloco bench args…} with the given standard input. */
    public static BenchRun withInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err, false,
                BenchRoot::new).run(BenchMain.withBench(args));
        return new BenchRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
