package org.trasloco.app.cli.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.io.CommandIo;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.cli.io.SmackLogging;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.history.HistoryMove;
import org.trasloco.move.history.HistoryOutcome;
import org.trasloco.move.history.HistoryPreparation;
import org.trasloco.move.history.HistoryRun;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.media.MediaStep;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trasloco upload}: says where the history goes and how long the server keeps it, stops when
 * the server would delete it, uploads with progress (resuming where an earlier run stopped), then
 * reads the archive back and reports "N of N messages confirmed on the server".
 */
@Command(name = "upload", resourceBundle = "org.trasloco.app.cli.archive.help", mixinStandardHelpOptions = true)
public final class UploadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HistoryOptions history;

    @Mixin
    private ConnectOptions connect;

    @Option(names = "--path", paramLabel = "PATH", descriptionKey = "path", defaultValue = "auto")
    private String path;

    @Option(names = "--dry-run", descriptionKey = "dryRun")
    private boolean dryRun;

    @Option(names = "--accept-deletion", descriptionKey = "acceptDeletion")
    private boolean acceptDeletion;

    @Option(names = "--accept-live-messages", descriptionKey = "acceptLive")
    private boolean acceptLive;

    @Option(names = "--media", paramLabel = "EXPORT", descriptionKey = "media")
    private List<Path> media = new ArrayList<>();

    @Override
    public Integer call() {
        SmackLogging.silence();
        CliIo io = CommandIo.of(spec);
        Locale locale = io.locale();
        ChosenAccount account = connect.account(history.account());
        UploadPath wanted = parsePath(path);
        Password password = ConnectOptions.readPassword(io.in());
        try (Workspace workspace = Workspace.open(history.workspace)) {
            MoveChoices choices = history.choices(workspace);
            HistoryMove move = new HistoryMove(choices, new AccountAccess(account, password, locale), history.myNames(),
                    ProviderCatalogue.bundled());
            HistoryPreparation prepared = move.prepare(wanted, media, locale);
            describe(io, prepared);
            prepared.checkRetention(acceptDeletion);
            prepared.media().ifPresent(preview -> describeMedia(io, prepared.domain(), preview));
            if (dryRun) {
                io.out().println(ArchiveCliText.DRY_RUN.format(locale));
                return ExitCodes.OK;
            }
            if (prepared.summary().entries() == 0 && prepared.media().isEmpty()) {
                io.out().println(ArchiveCliText.PLAN_EMPTY.format(locale));
                return ExitCodes.OK;
            }
            choices.account(account);
            ProgressLine progress = new ProgressLine(io);
            HistoryOutcome outcome = run(progress, move.start(prepared, acceptLive, progress));
            outcome.media().ifPresent(report -> printMedia(io, report));
            outcome.upload().ifPresent(report -> printUpload(io, prepared.domain(), report));
            boolean confirmed = ArchivePrinter.verification(io, outcome.verification());
            boolean mediaFailed = outcome.media().map(report -> !report.complete()).orElse(false);
            if (mediaFailed) {
                io.err().println(ArchiveCliText.MEDIA_FAILED.format(locale, outcome.media().get().failed().size()));
            }
            return confirmed && !mediaFailed ? ExitCodes.OK : ExitCodes.REFUSED;
        } finally {
            password.wipe();
        }
    }

    /** Where the history goes, what goes, and how long the server keeps it. */
    private static void describe(CliIo io, HistoryPreparation prepared) {
        Locale locale = io.locale();
        io.out().println((prepared.path() == UploadPath.IMPORT ? ArchiveCliText.PATH_IMPORT : ArchiveCliText.PATH_NOTES)
                .format(locale, prepared.domain()));
        ArchivePrinter.plan(io, prepared.summary());
        io.out().println(prepared.disclosure().format(locale));
        if (!prepared.verdict().blocks()) {
            prepared.retentionNote().ifPresent(note -> io.out().println(note.format(locale)));
        }
    }

    private static void describeMedia(CliIo io, String domain, HistoryPreparation.MediaPreview preview) {
        if (!preview.available()) {
            io.out().println(LocalizedText.of(ArchiveMessages.MEDIA_UNAVAILABLE, domain).format(io.locale()));
            return;
        }
        io.out().println(ArchiveCliText.MEDIA_TOTAL.format(io.locale(), preview.files(),
                MediaStep.size(preview.totalBytes()), MediaStep.size(preview.maxFileSize())));
    }

    /** Runs the upload; Ctrl-C finishes the batch on its way and records it, so the next run continues there. */
    private static HistoryOutcome run(ProgressLine progress, HistoryRun run) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread cancelOnExit = new Thread(() -> {
            run.cancel();
            try {
                finished.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "trasloco-upload-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnExit);
        try {
            return run.run();
        } finally {
            progress.endLine();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it waits for the latch counted down above.
            }
        }
    }

    private static void printMedia(CliIo io, MediaReport report) {
        report.leftBehind().forEach(line -> io.out().println("  " + line));
        report.failed().forEach(line -> io.err().println("  " + line));
        io.out().println(ArchiveCliText.MEDIA_UPLOADED.format(io.locale(), report.uploaded(), report.alreadyThere(),
                report.leftBehind().size() + report.failed().size()));
    }

    private static void printUpload(CliIo io, String domain, UploadReport report) {
        Locale locale = io.locale();
        io.out().println(ArchiveCliText.UPLOADED.format(locale, report.sentNow(), report.alreadyThere(), report.rate()));
        UploadReport.Changes changes = report.changes();
        if (changes.readdressed() > 0) {
            io.out().println(ArchiveCliText.READDRESSED.format(locale, changes.readdressed()));
        }
        if (changes.replaced() > 0) {
            io.out().println(ArchiveCliText.REPLACED.format(locale, changes.replaced()));
        }
        if (changes.unchangeable() > 0) {
            io.err().println(LocalizedText.of(ArchiveMessages.CHANGES_UNAVAILABLE, domain, changes.unchangeable())
                    .format(locale));
        }
    }

    static UploadPath parsePath(String text) {
        return switch (text == null ? "auto" : text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "import" -> UploadPath.IMPORT;
            case "notes" -> UploadPath.NOTES;
            default -> throw new TraslocoException(TraslocoException.Kind.USAGE, ArchiveCliText.PATH_INVALID, text);
        };
    }
}
