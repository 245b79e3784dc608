package org.trasloco.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.SmackLogging;
import org.trasloco.app.cli.archive.ConnectOptions;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.xmpp.archive.people.PlaceholderCorrespondents;
import org.trasloco.xmpp.archive.plan.EntryMaker;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.SessionOpener;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trasloco bench archive --jid J [--host H --port P --pin-sha256 HEX] --password-stdin
 * [--messages N] [--chats N] [--server-pid PID] [--results FILE]}: generates a history in a temporary workspace,
 * uploads it through the server's archive-import module, reads it back, and reports messages per
 * second for both, with the CPU time this process and (given its pid, on Linux) the server used.
 * Meant for a throw-away server ({@code bench/archive.sh}): it fills the account's archive.
 */
@Command(name = "archive", resourceBundle = "org.trasloco.bench.help", mixinStandardHelpOptions = true)
final class ArchiveBenchCommand implements Callable<Integer> {

    /** Linux reports process times in these ticks per second (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--jid", required = true, paramLabel = "ADDRESS", descriptionKey = "jid")
    private String jid;

    @Mixin
    private ConnectOptions connect;

    @Option(names = "--messages", paramLabel = "N", descriptionKey = "archiveMessages", defaultValue = "100000")
    private int messages;

    @Option(names = "--chats", paramLabel = "N", descriptionKey = "chats", defaultValue = "20")
    private int chats;

    @Option(names = "--server-pid", paramLabel = "PID", descriptionKey = "serverPid")
    private Long serverPid;

    @Option(names = "--results", paramLabel = "FILE", descriptionKey = "results")
    private Path results;

    @Override
    public Integer call() {
        SmackLogging.silence();
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        AccountAddress account = AccountAddress.parse(jid);
        Password password = ConnectOptions.readPassword(io.in());
        Path directory = temporaryDirectory();
        try (Workspace workspace = Workspace.open(directory.resolve("bench.trasloco"))) {
            long bytes = new SyntheticHistory(messages, chats, 42).importInto(workspace);
            EntryMaker maker = new EntryMaker(account.toString(),
                    new PlaceholderCorrespondents(Set.of(SyntheticHistory.ME)), locale, false, MediaLinks.NONE);
            HistoryPlan plan = new HistoryPlan(workspace, workspace.conversations(), ZoneOffset.UTC, maker);
            PlanSummary summary = plan.summarize();
            io.out().println(text(locale, BenchText.ARCHIVE_GENERATED, summary.entries(), chats, bytes));
            AccountAccess access = new AccountAccess(connect.account(account), password, locale);
            SessionOpener opener = access.opener();

            Cpu before = Cpu.now(serverPid);
            long start = System.nanoTime();
            UploadReport uploaded = new HistoryUploader(opener, workspace.uploadLedger(account.toString()), plan,
                    summary, UploadSettings.of(UploadPath.IMPORT), new UploadControl(), UploadListener.NONE).run();
            double uploadSeconds = (System.nanoTime() - start) / 1e9;
            Cpu afterUpload = Cpu.now(serverPid);
            io.out().println(text(locale, BenchText.ARCHIVE_UPLOAD, uploaded.sentNow(), uploadSeconds,
                    Math.round(uploaded.sentNow() / uploadSeconds), afterUpload.client - before.client)
                    + serverPart(locale, before, afterUpload));

            start = System.nanoTime();
            VerificationReport verified;
            try (XmppSession session = access.readerOpener().open()) {
                verified = new ArchiveVerifier(session).verify(plan, summary, null);
            }
            double verifySeconds = (System.nanoTime() - start) / 1e9;
            Cpu afterVerify = Cpu.now(serverPid);
            io.out().println(text(locale, BenchText.ARCHIVE_VERIFY, verified.confirmed(), verified.expected(),
                    verifySeconds, Math.round(verified.archiveItems() / verifySeconds),
                    afterVerify.client - afterUpload.client) + serverPart(locale, afterUpload, afterVerify));
            appendResults(summary.entries(), uploadSeconds, verifySeconds, before, afterUpload, afterVerify);
            if (!verified.complete()) {
                verified.details(locale).forEach(line -> io.out().println("  " + line));
                return ExitCodes.REFUSED;
            }
            return ExitCodes.OK;
        } finally {
            password.wipe();
            deleteQuietly(directory);
        }
    }

    /**
     * Appends one line of tab-separated numbers to the {@code --results} file, for the charts of
     * {@code bench/}: messages, chats, then for the upload and the read-back each seconds, messages per
     * second, client CPU seconds and server CPU seconds (-1 when unknown). A header names the columns
     * when the file is new.
     */
    private void appendResults(long entries, double uploadSeconds, double verifySeconds, Cpu before, Cpu afterUpload,
            Cpu afterVerify) {
        if (results == null) {
            return;
        }
        StringBuilder line = new StringBuilder();
        try {
            if (!Files.exists(results) || Files.size(results) == 0) {
                line.append(String.join("\t", "messages", "chats", "upload_s", "upload_per_s", "upload_client_cpu_s",
                        "upload_server_cpu_s", "readback_s", "readback_per_s", "readback_client_cpu_s",
                        "readback_server_cpu_s")).append('\n');
            }
            line.append(String.format(Locale.ROOT, "%d\t%d\t%.2f\t%.0f\t%.2f\t%.2f\t%.2f\t%.0f\t%.2f\t%.2f%n",
                    entries, chats, uploadSeconds, entries / uploadSeconds, afterUpload.client - before.client,
                    serverSeconds(before, afterUpload), verifySeconds, entries / verifySeconds,
                    afterVerify.client - afterUpload.client, serverSeconds(afterUpload, afterVerify)));
            Files.writeString(results, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double serverSeconds(Cpu from, Cpu to) {
        return from.server < 0 || to.server < 0 ? -1 : to.server - from.server;
    }

    private static String text(Locale locale, BenchText key, Object... arguments) {
        return LocalizedText.of(key, arguments).format(locale);
    }

    private String serverPart(Locale locale, Cpu from, Cpu to) {
        return from.server < 0 || to.server < 0 ? "" : " " + text(locale, BenchText.ARCHIVE_SERVER_CPU, to.server - from.server);
    }

    /** CPU seconds used so far by this process and by the server (or -1 when unknown). */
    private record Cpu(double client, double server) {

        static Cpu now(Long serverPid) {
            double client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            return new Cpu(client, serverPid == null ? -1 : serverSeconds(serverPid));
        }

        /** User and system time from {@code /proc/PID/stat} (fields 14 and 15), or -1. */
        private static double serverSeconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields[0] is the state (field 3); utime and stime are fields 14 and 15.
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("trasloco-bench-archive");
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
}
