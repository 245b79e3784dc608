package org.trasloco.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.importers.io.PipelinedSink;
import org.trasloco.importers.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trasloco bench import PATH [--runs N]}: imports an export into a fresh workspace N times, in
 * this one process, and reports messages per second (the JVM's start and warm-up are in the first run).
 */
@Command(name = "import", resourceBundle = "org.trasloco.bench.help", mixinStandardHelpOptions = true)
final class ImportBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", descriptionKey = "path")
    private Path path;

    @Option(names = "--runs", paramLabel = "N", descriptionKey = "runs", defaultValue = "3")
    private int runs;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        ExportDetector.Source source = ExportDetector.standard().discover(path).get(0);
        double[] rates = new double[runs];
        for (int run = 0; run < runs; run++) {
            Path directory = temporaryDirectory();
            Path file = directory.resolve("bench.trasloco");
            try (Workspace workspace = Workspace.open(file)) {
                long start = System.nanoTime();
                ImportReport report;
                // As `trasloco import` does it: the workspace is written on a thread of its own.
                try (SourceImport importing = workspace.beginImport(source.reader().network(), path.toString());
                        PipelinedSink writing = new PipelinedSink(importing)) {
                    source.reader().read(source.path(), ReadOptions.defaults(), writing, ProgressListener.NONE,
                            Cancellation.NEVER);
                    writing.finish();
                    report = importing.commit();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                rates[run] = report.messagesAdded() / seconds;
                io.out().println(LocalizedText.of(BenchText.IMPORT_RUN, run + 1, report.messagesAdded(), seconds,
                        Math.round(rates[run])).format(io.locale()));
            } finally {
                deleteQuietly(file, directory);
            }
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        io.out().println(LocalizedText.of(BenchText.IMPORT_SUMMARY, Math.round(sorted[sorted.length / 2]),
                Math.round(sorted[sorted.length - 1])).format(io.locale()));
        return ExitCodes.OK;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("trasloco-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file, Path directory) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless.
        }
    }
}
