package org.trasloco.app.cli;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.account.AccountCommand;
import org.trasloco.app.cli.account.ProvidersCommand;
import org.trasloco.app.cli.archive.ExportPieCommand;
import org.trasloco.app.cli.archive.UploadCommand;
import org.trasloco.app.cli.archive.VerifyCommand;
import org.trasloco.app.cli.bench.BenchCommand;
import org.trasloco.app.cli.history.ConversationsCommand;
import org.trasloco.app.cli.history.ImportCommand;
import org.trasloco.app.cli.history.InspectCommand;
import org.trasloco.app.cli.invites.InvitesCommand;
import org.trasloco.app.cli.invites.KitCommand;
import org.trasloco.app.cli.invites.WorkshopCommand;
import org.trasloco.app.cli.people.PeopleCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trasloco}: the root of every command. Without a subcommand it prints the help. */
@Command(name = "trasloco",
        resourceBundle = "org.trasloco.app.cli.help",
        mixinStandardHelpOptions = true,
        versionProvider = TraslocoVersion.class,
        subcommands = {InspectCommand.class, ImportCommand.class, ConversationsCommand.class,
                ProvidersCommand.class, AccountCommand.class,
                PeopleCommand.class,
                KitCommand.class, InvitesCommand.class, WorkshopCommand.class,
                BenchCommand.class, UploadCommand.class, VerifyCommand.class, ExportPieCommand.class})
public final class TraslocoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", descriptionKey = "lang", paramLabel = "LANG", scope = picocli.CommandLine.ScopeType.INHERIT)
    private String language;

    private CliIo io;

    /** Gives the command its streams; called by {@link Cli} before running. */
    void io(CliIo streams) {
        this.io = streams;
    }

    /** The streams and language of this run, for subcommands. */
    public CliIo io() {
        return io;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(io.out());
        return ExitCodes.OK;
    }
}
