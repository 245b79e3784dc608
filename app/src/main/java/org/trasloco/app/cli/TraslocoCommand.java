package org.trasloco.app.cli;

import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.account.AccountCommand;
import org.trasloco.app.cli.account.ProvidersCommand;
import org.trasloco.app.cli.archive.ExportPieCommand;
import org.trasloco.app.cli.archive.UploadCommand;
import org.trasloco.app.cli.archive.VerifyCommand;
import org.trasloco.app.cli.history.ConversationsCommand;
import org.trasloco.app.cli.history.ImportCommand;
import org.trasloco.app.cli.history.InspectCommand;
import org.trasloco.app.cli.invites.InvitesCommand;
import org.trasloco.app.cli.invites.KitCommand;
import org.trasloco.app.cli.invites.WorkshopCommand;
import org.trasloco.app.cli.keepsake.AppBackupCommand;
import org.trasloco.app.cli.keepsake.KeepsakeCommand;
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
                UploadCommand.class, VerifyCommand.class, ExportPieCommand.class, KeepsakeCommand.class,
                AppBackupCommand.class})
public final class TraslocoCommand implements Callable<Integer>, CommandIo.Holder {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", descriptionKey = "lang", paramLabel = "LANG", scope = picocli.CommandLine.ScopeType.INHERIT)
    private String language;

    private final CliIo io;

    /**
     * The root of a run.
     *
     * @param io the run's streams and language
     */
    TraslocoCommand(CliIo io) {
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
