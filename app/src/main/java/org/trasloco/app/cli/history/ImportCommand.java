package org.trasloco.app.cli.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.ProgressBar;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.DateOrder;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.move.chats.ChatImport;
import org.trasloco.move.chats.ImportListener;
import org.trasloco.move.chats.ImportOutcome;
import org.trasloco.move.choices.MoveChoices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco import PATH… --workspace FILE}: each export in one transaction, so a bad file
 * changes nothing; a workspace this command created is removed again when nothing could be imported.
 * An export that ends early is imported only with {@code --accept-partial}.
 */
@Command(name = "import", resourceBundle = "org.trasloco.app.cli.history.help", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    private List<Path> paths;

    @Option(names = "--workspace", required = true, paramLabel = "FILE", descriptionKey = "workspace")
    private Path workspaceFile;

    @Option(names = "--date-order", paramLabel = "ORDER", descriptionKey = "dateOrder", converter = DateOrderConverter.class)
    private DateOrder dateOrder;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "zone", converter = ZoneConverter.class)
    private ZoneId zone;

    @Option(names = "--accept-partial", descriptionKey = "acceptPartial")
    private boolean acceptPartial;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Workspace workspace = Workspace.open(workspaceFile);
        Reporter reporter = new Reporter(io);
        try {
            MoveChoices choices = MoveChoices.of(workspace);
            if (zone != null) {
                choices.zone(zone);
            }
            ChatImport.Settings settings = ChatImport.Settings.of(choices.zoneOrSystem(), io.locale())
                    .withDateOrder(dateOrder).withAcceptPartial(acceptPartial);
            new ChatImport(workspace, ExportDetector.standard()).importAll(paths, settings, reporter, Cancellation.NEVER);
            if (reporter.anyImported) {
                io.out().println(Texts.format(io.locale(), HistoryText.IMPORT_TOTAL, workspace.file(),
                        workspace.messageCount(), workspace.conversations().size()));
            }
        } finally {
            workspace.close();
            if (workspace.createdNow() && !reporter.anyImported) {
                deleteQuietly(workspace.file());
            }
        }
        return reporter.exit;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // An empty workspace left behind is harmless; the import error was reported.
        }
    }

    /** Shows progress and warnings as they come and each export's result; keeps the worst exit code. */
    private static final class Reporter implements ImportListener {
        private final CliIo io;
        private final WarningPrinter warnings;
        private ProgressBar bar;
        private int exit = ExitCodes.OK;
        private boolean anyImported;

        Reporter(CliIo io) {
            this.io = io;
            this.warnings = new WarningPrinter(io);
        }

        @Override
        public ProgressListener started(ExportDetector.Source source) {
            bar = new ProgressBar(io, source.path().toString());
            return bar;
        }

        @Override
        public void warning(ExportDetector.Source source, ImportWarning warning) {
            warnings.print(warning);
        }

        @Override
        public void finished(ImportOutcome outcome) {
            if (bar != null) {
                bar.close();
                bar = null;
            }
            exit = Math.max(exit, code(outcome));
        }

        private int code(ImportOutcome outcome) {
            if (outcome instanceof ImportOutcome.Imported imported) {
                anyImported = true;
                for (ImportReport.ConversationResult conversation : imported.report().conversations()) {
                    io.out().println(Texts.format(io.locale(), HistoryText.IMPORT_RESULT, conversation.title(),
                            conversation.read(), conversation.added()));
                }
                return ExitCodes.OK;
            }
            if (outcome instanceof ImportOutcome.NeedsDateOrder asked) {
                io.err().println(Texts.format(io.locale(), HistoryText.IMPORT_NEEDS_DATE_ORDER, asked.path()));
                return ExitCodes.USAGE;
            }
            if (outcome instanceof ImportOutcome.CutOff cut) {
                io.err().println(Texts.format(io.locale(), HistoryText.IMPORT_PARTIAL_REFUSED, cut.path(),
                        cut.messagesBeforeCut()));
                return ExitCodes.BAD_INPUT;
            }
            if (outcome instanceof ImportOutcome.Failed failed) {
                return report(failed.error());
            }
            return ExitCodes.CANCELLED;
        }

        private int report(Throwable error) {
            if (error instanceof TraslocoException domain) {
                io.report(domain);
                return ExitCodes.of(domain);
            }
            throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
        }
    }
}
