package org.trasloco.bench.telegram;

import java.nio.file.Path;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.core.i18n.LocalizedText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every Telegram generator takes (where to write, the seed) and how it says what it wrote. */
final class GeneratorOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "output")
    private Path output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", descriptionKey = "seed")
    private long seed;

    Path output() {
        return output;
    }

    long seed() {
        return seed;
    }

    /** Prints what was written; returns the exit code. */
    int wrote(Path where, long messages, long bytes) {
        CliIo io = CommandIo.of(command);
        io.out().println(LocalizedText.of(BenchText.WROTE, where, messages, bytes / 1e6).format(io.locale()));
        return ExitCodes.OK;
    }
}
