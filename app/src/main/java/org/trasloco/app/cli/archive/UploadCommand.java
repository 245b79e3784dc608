package org.trasloco.app.cli.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.trasloco.app.cli.CliIo;
import org.trasloco.app.cli.ExitCodes;
import org.trasloco.app.cli.TraslocoCommand;
import org.trasloco.app.cli.account.SmackLogging;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.media.MediaStep;
import org.trasloco.xmpp.archive.media.MediaUploader;
import org.trasloco.xmpp.archive.media.UploadService;
import org.trasloco.xmpp.archive.plan.ConversationPlan;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;
import org.trasloco.xmpp.archive.retention.RetentionGuard;
import org.trasloco.xmpp.archive.retention.RetentionVerdict;
import org.trasloco.xmpp.archive.retention.UploadDisclosure;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.SessionOpener;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code trasloco upload}: says where the history goes and how long the server keeps it, stops when
 * the server would delete it, uploads with progress (resuming where an earlier run stopped), then
 * reads the archive back and reports "N of N messages confirmed on the server".
 */
@Command(name = "upload", resourceBundle = "org.trasloco.app.cli.archive.help", mixinStandardHelpOptions = true)
public final class UploadCommand implements Callable<Integer> {

    @ParentCommand
    private TraslocoCommand root;

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
        CliIo io = root.io();
        Locale locale = io.locale();
        AccountAddress account = history.account();
        UploadPath wanted = parsePath(path);
        Password password = ConnectOptions.readPassword(io.in());
        try (Workspace workspace = Workspace.open(history.workspace)) {
            SessionOpener opener = connect.opener(account, password, locale);
            Optional<ImportLimits> limits;
            try (XmppSession session = opener.open()) {
                limits = ImportDiscovery.discover(session);
            }
            UploadPath chosen = UploadPath.choose(wanted, limits, account.domain());
            // Links of attachments uploaded by this or an earlier run: looked up as messages are read.
            HistoryPlan plan = history.plan(workspace, chosen == UploadPath.NOTES, locale,
                    MediaState.links(workspace, account));
            PlanSummary summary = plan.summarize();
            ArchivePolicy policy = limits.map(ImportLimits::policy).orElseGet(() -> providersPolicy(account.domain()));

            io.out().println((chosen == UploadPath.IMPORT ? ArchiveCliText.PATH_IMPORT : ArchiveCliText.PATH_NOTES)
                    .format(locale, account.domain()));
            printPlan(io, summary);
            io.out().println(UploadDisclosure.of(chosen == UploadPath.NOTES, summary.entries(),
                    summary.conversations().size(), account.toString(), account.domain(), policy).format(locale));
            Instant now = Instant.now();
            Instant oldest = chosen == UploadPath.NOTES ? now : summary.oldest();
            RetentionVerdict verdict = RetentionGuard.judge(policy, oldest, summary.entries(), now);
            if (verdict.explanation(account.domain()) != null && !verdict.blocks()) {
                io.out().println(verdict.explanation(account.domain()).format(locale));
            }
            RetentionGuard.enforce(verdict, account.domain(), acceptDeletion);
            if (!media.isEmpty()) {
                uploadMedia(io, workspace, account, opener, plan);
                summary = plan.summarize();
            }
            if (dryRun) {
                io.out().println(ArchiveCliText.DRY_RUN.format(locale));
                return ExitCodes.OK;
            }
            if (summary.entries() == 0) {
                io.out().println(ArchiveCliText.PLAN_EMPTY.format(locale));
                return ExitCodes.OK;
            }
            ArchiveState.remember(workspace, account, chosen, locale);
            UploadReport report = upload(io, workspace, account, opener, plan, summary, chosen);
            io.out().println(ArchiveCliText.UPLOADED.format(locale, report.sentNow(), report.alreadyThere(), report.rate()));
            return VerifyCommand.verifyAndReport(io, connect.readerOpener(account, password, locale), plan, summary,
                    chosen);
        } finally {
            password.wipe();
        }
    }

    /** Shows the attachments' total size against the server's limit, then (unless a dry run) uploads them. */
    private void uploadMedia(CliIo io, Workspace workspace, AccountAddress account, SessionOpener opener,
            HistoryPlan plan) {
        Locale locale = io.locale();
        try (ExportMedia source = ExportMedia.open(media); XmppSession session = opener.open()) {
            MediaUploader uploader = new MediaUploader(session);
            Optional<UploadService> service = uploader.service();
            if (service.isEmpty()) {
                io.out().println(LocalizedText.of(ArchiveMessages.MEDIA_UNAVAILABLE, account.domain()).format(locale));
                return;
            }
            MediaStep step = new MediaStep(workspace.uploadLedger(account.toString()), source);
            MediaStep.Survey survey = step.survey(plan);
            io.out().println(ArchiveCliText.MEDIA_TOTAL.format(locale, survey.items().size(),
                    MediaStep.size(survey.totalBytes()), MediaStep.size(service.get().maxFileSize())));
            if (dryRun) {
                return;
            }
            MediaReport report = step.upload(survey, uploader, service.get(), locale);
            report.leftBehind().forEach(line -> io.out().println("  " + line));
            io.out().println(ArchiveCliText.MEDIA_UPLOADED.format(locale, report.uploaded(), report.alreadyThere(),
                    report.leftBehind().size()));
        }
    }

    private UploadReport upload(CliIo io, Workspace workspace, AccountAddress account, SessionOpener opener,
            HistoryPlan plan, PlanSummary summary, UploadPath chosen) {
        UploadControl control = new UploadControl();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: finish the batch on its way and record it, so the next run continues exactly there.
        Thread cancelOnExit = new Thread(() -> {
            control.cancel();
            try {
                finished.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "trasloco-upload-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnExit);
        ProgressLine progress = new ProgressLine(io);
        try {
            UploadSettings settings = UploadSettings.of(chosen).withAcceptLive(acceptLive);
            return new HistoryUploader(opener, workspace.uploadLedger(account.toString()), plan, summary, settings, control,
                    progress).run();
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

    static void printPlan(CliIo io, PlanSummary summary) {
        for (ConversationPlan conversation : summary.conversations()) {
            ArchiveCliText line = !conversation.notes() ? ArchiveCliText.PLAN_CONVERSATION
                    : switch (conversation.kind()) {
                        case GROUP -> ArchiveCliText.PLAN_CONVERSATION_NOTES_GROUP;
                        case CHANNEL -> ArchiveCliText.PLAN_CONVERSATION_NOTES_CHANNEL;
                        case DIRECT -> ArchiveCliText.PLAN_CONVERSATION_NOTES;
                    };
            String text = line.format(io.locale(), conversation.title(), conversation.entries());
            if (conversation.skippedTotal() > 0) {
                text += " " + ArchiveCliText.PLAN_LEFT_OUT.format(io.locale(), conversation.skippedTotal());
            }
            io.out().println("  " + text);
        }
        io.out().println(ArchiveCliText.PLAN_TOTAL.format(io.locale(), summary.entries(), summary.conversations().size()));
    }

    static UploadPath parsePath(String text) {
        return switch (text == null ? "auto" : text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "import" -> UploadPath.IMPORT;
            case "notes" -> UploadPath.NOTES;
            default -> throw new TraslocoException(TraslocoException.Kind.USAGE, ArchiveCliText.PATH_INVALID, text);
        };
    }

    /** What the bundled XMPP Providers data says about the server's archive, when it knows it. */
    private static ArchivePolicy providersPolicy(String domain) {
        return ProviderCatalogue.bundled().find(domain).map(Provider::archive).map(ArchivePolicy::fromProviders)
                .orElse(ArchivePolicy.UNKNOWN);
    }
}
