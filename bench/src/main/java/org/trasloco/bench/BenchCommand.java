package org.trasloco.bench;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.bench.people.PeopleBenchCommand;
import org.trasloco.bench.telegram.GenerateTelegramHtmlCommand;
import org.trasloco.bench.telegram.GenerateTelegramJsonCommand;
import org.trasloco.bench.wizard.WizardTablesBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco bench …}: performance measurements (see {@code docs/benchmarks.md}), on a command line
 * of its own ({@link BenchMain}): the launcher runs it for {@code trasloco bench}, so that no measuring
 * code ships in the application.
 */
@Command(name = "bench", resourceBundle = "org.trasloco.bench.help", mixinStandardHelpOptions = true,
        subcommands = {GenerateWhatsAppCommand.class, ImportBenchCommand.class, PeopleBenchCommand.class,
                WizardTablesBenchCommand.class, GenerateTelegramJsonCommand.class, GenerateTelegramHtmlCommand.class,
                ArchiveBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;


    @Override
    public Integer call() {
        spec.commandLine().usage(CommandIo.of(spec).out());
        return ExitCodes.OK;
    }
}
