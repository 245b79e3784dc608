package org.trasloco.app.cli.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.ProgressBar;
import org.trasloco.app.cli.TraslocoCommand;
import org.trasloco.core.contacts.PhoneBookEntry;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.time.DateOrder;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.DateOrderDecision;
import org.trasloco.importers.ExportDetector;
import org.trasloco.importers.PipelinedSink;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code trasloco import PATH… --workspace FILE}: each export in one transaction, so a bad file
 * changes nothing; a workspace this command created is removed again when nothing could be imported.
 * An export that ends early is imported only with {@code --accept-partial}.
 */
@Command(name = "import", resourceBundle = "org.trasloco.app.cli.history.help", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

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
        CliIo io = root.io();
        WarningPrinter warnings = new WarningPrinter(io);
        // The export is read to its cut either way; without --accept-partial nothing of it is committed.
        ReadOptions options = ReadOptions.defaults().withDateOrder(dateOrder).withAcceptPartial(true);
        if (zone != null) {
            options = options.withZone(zone);
        }
        ExportDetector detector = ExportDetector.standard();
        Workspace workspace = Workspace.open(workspaceFile);
        int exit = ExitCodes.OK;
        boolean anyImported = false;
        try {
            for (Path path : paths) {
                try {
                    for (ExportDetector.Source source : detector.discover(path)) {
                        int code = importOne(io, workspace, source, options, warnings);
                        anyImported |= code == ExitCodes.OK;
                        exit = Math.max(exit, code);
                    }
                } catch (TraslocoException e) {
                    io.report(e);
                    exit = Math.max(exit, ExitCodes.of(e));
                }
            }
            if (anyImported) {
                io.out().println(Texts.format(io.locale(), HistoryText.IMPORT_TOTAL, workspace.file(),
                        workspace.messageCount(), workspace.conversations().size()));
            }
        } finally {
            workspace.close();
            if (workspace.createdNow() && !anyImported) {
                deleteQuietly(workspace.file());
            }
        }
        return exit;
    }

    private int importOne(CliIo io, Workspace workspace, ExportDetector.Source source, ReadOptions options,
            WarningPrinter warnings) {
        try (SourceImport importing = workspace.beginImport(source.reader().network(), source.path().toString());
                ProgressBar progress = new ProgressBar(io, source.path().toString());
                PipelinedSink writing = new PipelinedSink(new EchoingSink(importing, warnings))) {
            // The export is read on this thread while the workspace is written on another.
            ReadResult result = source.reader().read(source.path(), options, writing, progress, Cancellation.NEVER);
            writing.finish();
            DateOrderDecision decision = result.dateOrder();
            if (dateOrder == null && decision != null && decision.basis() == DateOrderDecision.Basis.AMBIGUOUS) {
                io.err().println(Texts.format(io.locale(), HistoryText.IMPORT_NEEDS_DATE_ORDER, source.path()));
                return ExitCodes.USAGE;
            }
            if (result.partial() && !acceptPartial) {
                io.err().println(Texts.format(io.locale(), HistoryText.IMPORT_PARTIAL_REFUSED, source.path(),
                        result.messages()));
                return ExitCodes.BAD_INPUT;
            }
            ImportReport report = importing.commit();
            for (ImportReport.ConversationResult conversation : report.conversations()) {
                io.out().println(Texts.format(io.locale(), HistoryText.IMPORT_RESULT, conversation.title(),
                        conversation.read(), conversation.added()));
            }
            return ExitCodes.OK;
        } catch (TraslocoException e) {
            io.report(e);
            return ExitCodes.of(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // An empty workspace left behind is harmless; the import error was reported.
        }
    }

    /** Passes everything to the workspace and shows warnings as they come. */
    private record EchoingSink(HistorySink target, WarningPrinter warnings) implements HistorySink {
        @Override
        public void beginConversation(Conversation conversation) {
            target.beginConversation(conversation);
        }

        @Override
        public void message(Message message) {
            target.message(message);
        }

        @Override
        public void warning(ImportWarning warning) {
            warnings.print(warning);
            target.warning(warning);
        }

        @Override
        public void endConversation(Conversation conversation, List<Participant> participants) {
            target.endConversation(conversation, participants);
        }

        @Override
        public void phoneBookEntry(PhoneBookEntry entry) {
            target.phoneBookEntry(entry);
        }

        @Override
        public void owner(PhoneBookEntry owner) {
            target.owner(owner);
        }
    }
}
