package org.trasloco.app.cli.archive;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.TraslocoCommand;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.pie.PieExporter;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.login.AccountAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code trasloco export-pie}: the history as an XEP-0227 file for the server's operator, who imports
 * it with Prosody's migrator ({@code docs/operators.md}). Works offline; the file holds no password.
 */
@Command(name = "export-pie", resourceBundle = "org.trasloco.app.cli.archive.help", mixinStandardHelpOptions = true)
public final class ExportPieCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

    @Mixin
    private HistoryOptions history;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "output")
    private Path output;

    @Override
    public Integer call() {
        CliIo io = root.io();
        AccountAddress account = history.account();
        try (Workspace workspace = Workspace.open(history.workspace)) {
            HistoryPlan plan = history.plan(workspace, false, io.locale(), MediaLinks.NONE);
            PlanSummary summary = plan.summarize();
            UploadCommand.printPlan(io, summary);
            long written = PieExporter.write(output, account, plan, summary);
            io.out().println(ArchiveCliText.PIE_WRITTEN.format(io.locale(), written, output.toAbsolutePath(),
                    account.domain()));
            io.out().println(ArchiveCliText.PIE_NO_CREDENTIALS.format(io.locale(), account.toString()));
            return ExitCodes.OK;
        }
    }
}
