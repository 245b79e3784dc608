package org.trasloco.move.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;
import org.trasloco.xmpp.archive.retention.RetentionGuard;
import org.trasloco.xmpp.archive.retention.RetentionVerdict;
import org.trasloco.xmpp.archive.upload.UploadPath;

/**
 * What the user is told before anything leaves their computer: which way the history goes and why,
 * how many messages from which conversations, that the server stores them unencrypted and how long
 * it keeps them, whether that is long enough, and the attachments against the server's limit.
 *
 * @param domain the server
 * @param path how the history goes into the archive
 * @param importOffered whether the server offers the archive-import module (else notes, or the
 *     operator's file, are the ways)
 * @param plan what goes where
 * @param summary its numbers per conversation
 * @param policy what the server keeps, from its own answer or the providers list
 * @param verdict whether that keeps the history
 * @param disclosure where the data goes, unencrypted, and for how long: in plain words
 * @param labels the language of the labels written into notes and attachment lines
 * @param media the attachments, when exports were given for them
 */
public record HistoryPreparation(String domain, UploadPath path, boolean importOffered, HistoryPlan plan,
        PlanSummary summary, ArchivePolicy policy, RetentionVerdict verdict, LocalizedText disclosure, Locale labels,
        Optional<MediaPreview> media) {

    /**
     * Checks the components.
     *
     * @param domain the server
     * @param path the path
     * @param importOffered import offered
     * @param plan the plan
     * @param summary its numbers
     * @param policy the server's policy
     * @param verdict the verdict
     * @param disclosure the disclosure
     * @param labels the labels' language
     * @param media the attachments
     */
    public HistoryPreparation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(media, "media");
    }

    /** The retention's explanation, unless all is well. */
    public Optional<LocalizedText> retentionNote() {
        return Optional.ofNullable(verdict.explanation(domain));
    }

    /**
     * Stops here when the server would delete the history, unless the user accepted that.
     *
     * @param accepted whether the user accepted the loss
     * @throws TraslocoException {@code REFUSED} explaining what would be deleted and what to do
     */
    public void checkRetention(boolean accepted) {
        RetentionGuard.enforce(verdict, domain, accepted);
    }

    /**
     * The attachments of the history, against the server's file upload.
     *
     * @param exports the exports they are looked up in
     * @param available whether the server offers file upload (else they stay on the computer)
     * @param files how many attachment files were found in the exports
     * @param totalBytes their size
     * @param maxFileSize the largest file the server takes, in bytes (0 when unavailable)
     * @param missing the attachments the exports do not hold
     */
    public record MediaPreview(List<Path> exports, boolean available, int files, long totalBytes, long maxFileSize,
            List<String> missing) {
        /**
         * Copies the lists.
         *
         * @param exports the exports
         * @param available file upload offered
         * @param files files found
         * @param totalBytes their size
         * @param maxFileSize the server's limit
         * @param missing attachments not found
         */
        public MediaPreview {
            exports = List.copyOf(exports);
            missing = List.copyOf(missing);
        }
    }
}
