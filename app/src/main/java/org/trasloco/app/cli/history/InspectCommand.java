package org.trasloco.app.cli.history;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.ProgressBar;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.time.DateOrder;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.importers.io.PipelinedSink;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trasloco inspect PATH… [--ndjson] [--date-order …] [--zone …]}: reads exports, changes
 * nothing. An export that ends early is shown up to the cut and exits with 3.
 */
@Command(name = "inspect", resourceBundle = "org.trasloco.app.cli.history.help", mixinStandardHelpOptions = true)
public final class InspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    private List<Path> paths;

    @Option(names = "--ndjson", descriptionKey = "ndjson")
    private boolean ndjson;

    @Option(names = "--date-order", paramLabel = "ORDER", descriptionKey = "dateOrder", converter = DateOrderConverter.class)
    private DateOrder dateOrder;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "zone", converter = ZoneConverter.class)
    private ZoneId zone;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        WarningPrinter warnings = new WarningPrinter(io);
        // Reading changes nothing, so a truncated export is shown up to its cut; the exit code says it.
        ReadOptions options = ReadOptions.defaults().withDateOrder(dateOrder).withAcceptPartial(true);
        if (zone != null) {
            options = options.withZone(zone);
        }
        ExportDetector detector = ExportDetector.standard();
        int exit = ExitCodes.OK;
        try (NdjsonWriter writer = ndjson ? new NdjsonWriter(io.data(), warnings) : null) {
            for (Path path : paths) {
                try {
                    for (ExportDetector.Source source : detector.discover(path)) {
                        exit = Math.max(exit, inspect(io, source, options, writer, warnings));
                    }
                } catch (TraslocoException e) {
                    io.report(e);
                    exit = Math.max(exit, ExitCodes.of(e));
                }
            }
        }
        io.out().flush();
        return exit;
    }

    private int inspect(CliIo io, ExportDetector.Source source, ReadOptions options, NdjsonWriter writer,
            WarningPrinter warnings) {
        InspectSummary summary = writer == null ? new InspectSummary() : null;
        try (ProgressBar progress = new ProgressBar(io, source.path().toString());
                PipelinedSink output = new PipelinedSink(writer != null ? writer : summary)) {
            // The export is read on this thread while the lines are written on another.
            ReadResult result;
            try {
                result = source.reader().read(source.path(), options, output, progress, Cancellation.NEVER);
            } finally {
                output.finish();
            }
            if (summary != null) {
                summary.print(io.out(), io.locale(), source.path().toString(), result.dateOrder(), warnings);
            }
            if (result.partial()) {
                io.out().flush();
                io.err().println(Texts.format(io.locale(), HistoryText.INSPECT_PARTIAL, source.path(), result.messages()));
                return ExitCodes.BAD_INPUT;
            }
            return ExitCodes.OK;
        } catch (TraslocoException e) {
            if (writer != null) {
                writer.flush();
            }
            io.out().flush();
            io.report(e);
            return ExitCodes.of(e);
        }
    }
}
