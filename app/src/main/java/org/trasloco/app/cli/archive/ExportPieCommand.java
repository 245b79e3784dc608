package org.trasloco.app.cli.archive;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.history.HistoryPlanner;
import org.trasloco.move.history.OperatorFile;
import org.trasloco.xmpp.login.AccountAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trasloco export-pie}: the history as an XEP-0227 file for the server's operator, who imports
 * it with Prosody's migrator ({@code docs/operators.md}). Works offline; the file holds no password.
 */
@Command(name = "export-pie", resourceBundle = "org.trasloco.app.cli.archive.help", mixinStandardHelpOptions = true)
public final class ExportPieCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HistoryOptions history;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "output")
    private Path output;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        AccountAddress account = history.account();
        try (Workspace workspace = Workspace.open(history.workspace)) {
            HistoryPlanner planner = new HistoryPlanner(history.choices(workspace), account, history.myNames());
            OperatorFile.Written written = OperatorFile.write(planner, io.locale(), output);
            ArchivePrinter.plan(io, written.summary());
            io.out().println(ArchiveCliText.PIE_WRITTEN.format(io.locale(), written.messages(), output.toAbsolutePath(),
                    account.domain()));
            io.out().println(ArchiveCliText.PIE_NO_CREDENTIALS.format(io.locale(), account.toString()));
            return ExitCodes.OK;
        }
    }
}
