package org.trasloco.move.history;

import java.util.Objects;
import java.util.Optional;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.verify.VerificationReport;

/**
 * How a history run ended.
 *
 * @param media what happened to the attachments, when they went too
 * @param upload what was sent, when there was anything to send
 * @param verification what reading the archive back found
 */
public record HistoryOutcome(Optional<MediaReport> media, Optional<UploadReport> upload,
        VerificationReport verification) {

    /**
     * Checks the components.
     *
     * @param media the attachments
     * @param upload the messages
     * @param verification the read-back
     */
    public HistoryOutcome {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(verification, "verification");
    }

    /** Whether every message is in the archive once and as sent. */
    public boolean complete() {
        return verification.complete();
    }
}
