package org.trasloco.move.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ArchiveChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.media.MediaStep;
import org.trasloco.xmpp.archive.media.MediaUploader;
import org.trasloco.xmpp.archive.media.UploadService;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;
import org.trasloco.xmpp.archive.retention.RetentionGuard;
import org.trasloco.xmpp.archive.retention.RetentionVerdict;
import org.trasloco.xmpp.archive.retention.UploadDisclosure;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.ProviderCatalogue;

/**
 * The history of a move into one account's archive: {@link #prepare} asks the server what it
 * offers and says where the history goes; {@link #start} gives the run that uploads it and reads it
 * back; {@link #check} reads it back alone.
 */
public final class HistoryMove {

    private final MoveChoices choices;
    private final AccountAccess access;
    private final HistoryPlanner planner;
    private final ProviderCatalogue catalogue;

    /**
     * The history of a move for an account.
     *
     * @param choices the move's choices (and its workspace)
     * @param access logs in to the account
     * @param myNames the user's names in the exports when given; empty to take the people step's
     *     answer or to guess
     * @param catalogue what the providers list says about servers (their archive retention, when the
     *     server does not say it itself)
     */
    public HistoryMove(MoveChoices choices, AccountAccess access, Set<String> myNames, ProviderCatalogue catalogue) {
        this.choices = Objects.requireNonNull(choices, "choices");
        this.access = Objects.requireNonNull(access, "access");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.planner = new HistoryPlanner(choices, access.account().address(), myNames);
    }

    /**
     * Asks the server which ways into the archive it offers and how long it keeps messages, plans the
     * history, judges whether the server keeps it, and finds the attachments' files. Sends nothing.
     *
     * @param wanted the path the user asked for, or {@code null} for the best the server offers
     * @param mediaExports the exports to take attachments from (none: attachments stay behind)
     * @param labels the language of the labels written into notes and attachment lines
     * @return what the user is told before anything is sent
     * @throws org.trasloco.core.error.TraslocoException {@code REFUSED} when the import is asked
     *     for and not offered, or the login is refused; {@code CONNECTION} when the server cannot be
     *     reached securely; {@code USAGE} when the user's name is needed
     */
    public HistoryPreparation prepare(UploadPath wanted, List<Path> mediaExports, Locale labels) {
        String domain = access.account().address().domain();
        Optional<ImportLimits> limits;
        Optional<UploadService> files = Optional.empty();
        try (XmppSession session = access.opener().open()) {
            limits = ImportDiscovery.discover(session);
            if (!mediaExports.isEmpty()) {
                files = new MediaUploader(session).service();
            }
        }
        UploadPath path = UploadPath.choose(wanted, limits, domain);
        HistoryPlan plan = planner.plan(path == UploadPath.NOTES, labels, planner.uploadedMedia());
        PlanSummary summary = plan.summarize();
        ArchivePolicy policy = limits.map(ImportLimits::policy).orElseGet(() -> catalogue.find(domain)
                .map(Provider::archive).map(ArchivePolicy::fromProviders).orElse(ArchivePolicy.UNKNOWN));
        Instant now = Instant.now();
        // Notes are archived with today's date: only their number can be too many.
        Instant oldest = path == UploadPath.NOTES ? now : summary.oldest();
        RetentionVerdict verdict = RetentionGuard.judge(policy, oldest, summary.entries(), now);
        var disclosure = UploadDisclosure.of(path == UploadPath.NOTES, summary.entries(), summary.conversations().size(),
                access.account().address().toString(), domain, policy);
        Optional<HistoryPreparation.MediaPreview> media = mediaExports.isEmpty() ? Optional.empty()
                : Optional.of(previewMedia(mediaExports, files, plan));
        return new HistoryPreparation(domain, path, limits.isPresent(), plan, summary, policy, verdict, disclosure,
                labels, media);
    }

    private HistoryPreparation.MediaPreview previewMedia(List<Path> exports, Optional<UploadService> service,
            HistoryPlan plan) {
        if (service.isEmpty()) {
            return new HistoryPreparation.MediaPreview(exports, false, 0, 0, 0, List.of());
        }
        try (ExportMedia source = ExportMedia.open(exports)) {
            MediaStep.Survey survey = new MediaStep(ledger(), source).survey(plan);
            return new HistoryPreparation.MediaPreview(exports, true, survey.items().size(), survey.totalBytes(),
                    service.get().maxFileSize(), survey.missing());
        }
    }

    /**
     * The run that puts a prepared history into the archive. Call
     * {@link HistoryPreparation#checkRetention} first.
     *
     * @param preparation what {@link #prepare} found
     * @param acceptLive whether to import even when the archive already holds newer live messages
     * @param listener told about progress
     * @return the run, not started
     */
    public HistoryRun start(HistoryPreparation preparation, boolean acceptLive, HistoryListener listener) {
        return new HistoryRun(choices, access, preparation,
                UploadSettings.of(preparation.path()).withAcceptLive(acceptLive), listener);
    }

    /**
     * Reads the archive back and compares it with the history, per conversation, and remembers the
     * result ({@link MoveChoices#verified(org.trasloco.xmpp.login.AccountAddress)}).
     *
     * @param path how the history was uploaded, or {@code null} for what the workspace remembers (else
     *     what the server offers)
     * @param labels the language of the labels when the workspace does not remember the upload's
     * @return what was found
     */
    public VerificationReport check(UploadPath path, Locale labels) {
        Optional<ArchiveChoice> remembered = choices.archive(access.account().address());
        UploadPath chosen = path != null ? path : remembered.map(ArchiveChoice::path).orElse(null);
        if (chosen == null) {
            try (XmppSession session = access.opener().open()) {
                chosen = UploadPath.choose(null, ImportDiscovery.discover(session), access.account().address().domain());
            }
        }
        HistoryPlan plan = planner.plan(chosen == UploadPath.NOTES, remembered.map(ArchiveChoice::labels).orElse(labels),
                planner.uploadedMedia());
        return HistoryRun.HistoryCheck.verify(choices, access, plan, plan.summarize(), chosen);
    }

    private org.trasloco.core.workspace.UploadLedger ledger() {
        return choices.workspace().uploadLedger(access.account().address().toString());
    }
}
