package org.trasloco.bench;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of a benchmark run, {@code trasloco}, holding the run's streams, with {@code bench} as its
 * one command: so the measurements read {@code trasloco bench …} and {@code --lang} as the
 * application's commands do, without being part of the application.
 */
@Command(name = "trasloco", resourceBundle = "org.trasloco.bench.help", mixinStandardHelpOptions = true,
        subcommands = BenchCommand.class)
public final class BenchRoot implements Callable<Integer>, CommandIo.Holder {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", descriptionKey = "lang", paramLabel = "LANG", scope = ScopeType.INHERIT)
    private String language;

    private final CliIo io;

    /**
     * The root of a run.
     *
     * @param io the run's streams and language
     */
    public BenchRoot(CliIo io) {
        this.io = io;
    }

    @Override
    public CliIo io() {
        return io;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(io.out());
        return ExitCodes.OK;
    }
}
