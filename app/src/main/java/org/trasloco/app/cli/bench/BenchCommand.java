package org.trasloco.app.cli.bench;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.TraslocoCommand;
import org.trasloco.app.cli.bench.telegram.GenerateTelegramHtmlCommand;
import org.trasloco.app.cli.bench.telegram.GenerateTelegramJsonCommand;
import org.trasloco.app.cli.people.PeopleBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trasloco bench …}: performance measurements (see {@code docs/benchmarks.md}). */
@Command(name = "bench", resourceBundle = "org.trasloco.app.cli.bench.help", mixinStandardHelpOptions = true,
        subcommands = {GenerateWhatsAppCommand.class, ImportBenchCommand.class, PeopleBenchCommand.class,
                WizardTablesBenchCommand.class, GenerateTelegramJsonCommand.class, GenerateTelegramHtmlCommand.class,
                ArchiveBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

    @Spec
    private CommandSpec spec;

    /** The root command, for the streams of this run. */
    TraslocoCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(root.io().out());
        return ExitCodes.OK;
    }
}
