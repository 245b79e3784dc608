package org.trasloco.bench.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.bench.BenchText;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.contacts.People;
import org.trasloco.importers.contacts.Roster;
import org.trasloco.importers.contacts.VCardPhoneBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco bench people [--contacts N] [--participants N] [--runs N]}: maps a generated phone
 * book onto a generated history in a fresh workspace, several times in this one process, and reports
 * the time of each part: reading the vCard file, keeping the entries that match (the privacy gate),
 * and merging, saving and finding the user.
 */
@Command(name = "people", resourceBundle = "org.trasloco.bench.help", mixinStandardHelpOptions = true)
public final class PeopleBenchCommand implements Callable<Integer> {

    /** CPU time of this thread: what the mapping costs, whatever else the machine is busy with. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Spec
    private CommandSpec spec;

    @Option(names = "--contacts", paramLabel = "N", descriptionKey = "bench.contacts", defaultValue = "5000")
    private int contacts;

    @Option(names = "--participants", paramLabel = "N", descriptionKey = "bench.participants", defaultValue = "1000")
    private int participants;

    @Option(names = "--runs", paramLabel = "N", descriptionKey = "bench.runs", defaultValue = "5")
    private int runs;

    @Option(names = "--generate", paramLabel = "DIR", descriptionKey = "bench.generate")
    private Path generate;

    @Override
    public Integer call() {
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        if (generate != null) {
            return generateInto(io, locale);
        }
        double[] totals = new double[runs];
        double[] cpus = new double[runs];
        for (int run = 0; run < runs; run++) {
            Path directory = temporaryDirectory();
            try (Workspace workspace = Workspace.open(directory.resolve("bench.trasloco"))) {
                SyntheticPeople synthetic = new SyntheticPeople(participants, contacts, 42);
                int rows = synthetic.importHistory(workspace);
                Path vcf = directory.resolve("contacts.vcf");
                synthetic.writePhoneBook(vcf);

                long cpuStart = CPU.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                List<PhoneBookEntry> entries = VCardPhoneBook.read(vcf);
                long read = System.nanoTime();
                int kept = workspace.people().keepPhoneBook("vcard:contacts.vcf", entries);
                long gated = System.nanoTime();
                Roster roster = People.open(workspace, "IT", locale).refresh();
                long merged = System.nanoTime();
                double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                totals[run] = (merged - start) / 1e9;
                cpus[run] = cpu;
                io.out().println(text(locale, BenchText.PEOPLE_RUN, run + 1, entries.size(), seconds(start, read),
                        rows, kept, seconds(read, gated), roster.people().size(), seconds(gated, merged), totals[run], cpu));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(directory);
            }
        }
        io.out().println(text(locale, BenchText.PEOPLE_SUMMARY, runs, median(totals), totals[0], median(cpus), cpus[0]));
        return ExitCodes.OK;
    }

    /** Writes {@code history.trasloco} and {@code contacts.vcf} for timing the real command as a whole process. */
    private int generateInto(CliIo io, Locale locale) {
        try {
            Files.createDirectories(generate);
            Path history = generate.resolve("history.trasloco");
            Files.deleteIfExists(history);
            SyntheticPeople synthetic = new SyntheticPeople(participants, contacts, 42);
            try (Workspace workspace = Workspace.open(history)) {
                synthetic.importHistory(workspace);
            }
            synthetic.writePhoneBook(generate.resolve("contacts.vcf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        io.out().println(text(locale, BenchText.PEOPLE_GENERATED, generate));
        return ExitCodes.OK;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("trasloco-bench-people");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A leftover temporary file is harmless.
        }
    }

    private static String text(Locale locale, BenchText key, Object... arguments) {
        return LocalizedText.of(key, arguments).format(locale);
    }
}
