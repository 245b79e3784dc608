package org.trasloco.move.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ArchiveChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.media.MediaStep;
import org.trasloco.xmpp.archive.media.MediaUploader;
import org.trasloco.xmpp.archive.media.UploadService;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * One run of the history into the archive: the attachments (when exports were given for them), then
 * the messages, then the read-back. {@link #run()} works on the caller's thread; {@link #pause()},
 * {@link #resume()} and {@link #cancel()} come from any other. A run that stops for any reason —
 * cancelled, the connection lost for good, the app closed — continues exactly there the next time,
 * from what the workspace's ledger recorded: nothing lost, nothing twice.
 */
public final class HistoryRun {

    private final MoveChoices choices;
    private final AccountAccess access;
    private final HistoryPreparation preparation;
    private final UploadSettings settings;
    private final HistoryListener listener;
    private final UploadControl control = new UploadControl();

    HistoryRun(MoveChoices choices, AccountAccess access, HistoryPreparation preparation, UploadSettings settings,
            HistoryListener listener) {
        this.choices = choices;
        this.access = access;
        this.preparation = preparation;
        this.settings = settings;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Stops sending after the batch on its way, until {@link #resume()}. */
    public void pause() {
        control.pause();
    }

    /** Continues after {@link #pause()}. */
    public void resume() {
        control.resume();
    }

    /** Stops after the batch on its way; {@link #run()} then ends with a {@code CANCELLED} error. */
    public void cancel() {
        control.cancel();
    }

    /**
     * Runs to the end, and remembers what the read-back found on the move's choices.
     *
     * @return what was done and what the read-back found
     * @throws TraslocoException {@code CANCELLED} when cancelled, {@code REFUSED} when the server
     *     refuses the history (the reason in plain words), {@code CONNECTION} when it cannot be
     *     reached or the connection cannot be restored, {@code STORAGE} when the workspace fails
     */
    public HistoryOutcome run() {
        HistoryPlan plan = preparation.plan();
        Optional<MediaReport> media = preparation.media().filter(HistoryPreparation.MediaPreview::available)
                .map(this::uploadMedia);
        // Messages with attachments uploaded just now carry their links: their entries changed.
        PlanSummary summary = media.isPresent() ? plan.summarize() : preparation.summary();
        Optional<UploadReport> upload = Optional.empty();
        if (summary.entries() > 0) {
            if (control.isCancelled()) {
                throw new TraslocoException(TraslocoException.Kind.CANCELLED,
                        org.trasloco.core.CoreMessages.JOB_CANCELLED);
            }
            choices.archive(access.account().address(), new ArchiveChoice(preparation.path(), preparation.labels()));
            listener.phase(HistoryListener.Phase.UPLOAD);
            upload = Optional.of(new HistoryUploader(access.opener(), ledger(), plan, summary, settings, control,
                    listener).run());
        }
        listener.phase(HistoryListener.Phase.VERIFY);
        return new HistoryOutcome(media, upload, HistoryCheck.verify(choices, access, plan, summary,
                preparation.path()));
    }

    private MediaReport uploadMedia(HistoryPreparation.MediaPreview preview) {
        listener.phase(HistoryListener.Phase.MEDIA);
        try (ExportMedia source = ExportMedia.open(preview.exports());
                XmppSession session = access.opener().open()) {
            MediaUploader uploader = new MediaUploader(session);
            UploadService service = uploader.service().orElseThrow(() -> new TraslocoException(
                    TraslocoException.Kind.REFUSED, LocalizedText.of(ArchiveMessages.MEDIA_UNAVAILABLE,
                            preparation.domain()), null));
            MediaStep step = new MediaStep(ledger(), source);
            return step.upload(step.survey(preparation.plan()), uploader, service, access.locale());
        }
    }

    private org.trasloco.core.workspace.UploadLedger ledger() {
        return choices.workspace().uploadLedger(access.account().address().toString());
    }

    /** The read-back, for a run and for a check alone. */
    static final class HistoryCheck {
        private HistoryCheck() {
        }

        /** Reads the archive back and remembers what was found (the last step of a move shows it). */
        static VerificationReport verify(MoveChoices choices, AccountAccess access, HistoryPlan plan,
                PlanSummary summary, UploadPath path) {
            // On the import path the archive is read from the oldest imported message on; notes were
            // written today, so their whole archive is read.
            Instant since = path == UploadPath.IMPORT ? summary.oldest() : null;
            VerificationReport report;
            try (XmppSession session = access.readerOpener().open()) {
                report = new ArchiveVerifier(session).verify(plan, summary, since);
            }
            choices.verified(access.account().address(), new MoveChoices.Verified(report.confirmed(),
                    report.expected(), Instant.now()));
            return report;
        }
    }
}
