package org.trasloco.xmpp.archive.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.plan.ChronologicalMerge;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.TimedMessage;

/**
 * The attachments of a plan: {@link #survey} finds their files and sizes (to show the total against
 * the server's limit before anything is sent), {@link #upload} uploads those not uploaded yet and
 * records each link in the ledger. Run it before the messages go, so that they carry the links. A
 * file whose upload fails is reported as failed: its message goes without it, and a later upload
 * uploads it and gives the message, already in the archive, its link.
 */
public final class MediaStep {

    private final UploadLedger ledger;
    private final MediaSource source;

    /**
     * A step.
     *
     * @param ledger the account's ledger (where uploaded files are recorded)
     * @param source finds the files in the exports
     */
    public MediaStep(UploadLedger ledger, MediaSource source) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Finds the files of every attachment the plan's messages carry.
     *
     * @param plan the plan
     * @return the files, in time order
     */
    public Survey survey(HistoryPlan plan) {
        List<Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (ChronologicalMerge messages = plan.openMessages()) {
            while (messages.hasNext()) {
                TimedMessage timed = messages.next();
                if (plan.skips(timed)) {
                    continue;
                }
                List<Attachment> attachments = timed.message().attachments();
                for (int i = 0; i < attachments.size(); i++) {
                    Attachment attachment = attachments.get(i);
                    Optional<MediaFile> file = attachment.present() ? source.find(attachment) : Optional.empty();
                    if (file.isPresent()) {
                        items.add(new Item(timed.message().id(), i, file.get()));
                    } else if (attachment.present()) {
                        missing.add(attachment.fileName());
                    }
                }
            }
        }
        return new Survey(items, missing);
    }

    /**
     * Uploads what is not uploaded yet.
     *
     * @param survey the files
     * @param uploader the uploader
     * @param service the server's upload service
     * @param locale the language of the lines about files left behind
     * @return what was done
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public MediaReport upload(Survey survey, MediaUploader uploader, UploadService service, Locale locale) {
        int uploaded = 0;
        int already = 0;
        List<String> left = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        survey.missing().forEach(name -> left.add(LocalizedText.of(ArchiveMessages.MEDIA_NOT_FOUND, name).format(locale)));
        for (Item item : survey.items()) {
            if (ledger.media(item.messageId(), item.position()).isPresent()) {
                already++;
                continue;
            }
            if (!service.takes(item.file().size())) {
                left.add(LocalizedText.of(ArchiveMessages.MEDIA_TOO_LARGE, item.file().name(), size(item.file().size()),
                        size(service.maxFileSize())).format(locale));
                continue;
            }
            try {
                String url = uploader.upload(service, item.file());
                ledger.mediaUploaded(item.messageId(), item.position(),
                        new UploadLedger.MediaLink(url, item.file().size()), Instant.now());
                uploaded++;
            } catch (TraslocoException e) {
                if (e.kind() != TraslocoException.Kind.REFUSED) {
                    throw e;
                }
                failed.add(e.message(locale));
            }
        }
        return new MediaReport(uploaded, already, left, failed);
    }

    /**
     * Bytes as a short text: {@code 3.2 MB}.
     *
     * @param bytes the size
     * @return the text
     */
    public static String size(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f kB", Math.max(1, bytes / 1000.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /**
     * One attachment with its file.
     *
     * @param messageId the message carrying it
     * @param position its place among the message's attachments
     * @param file the file
     */
    public record Item(String messageId, int position, MediaFile file) {
    }

    /**
     * The attachments of a plan.
     *
     * @param items those whose file was found
     * @param missing names of those whose file is not in the exports given
     */
    public record Survey(List<Item> items, List<String> missing) {

        /**
         * Copies the lists.
         *
         * @param items found
         * @param missing not found
         */
        public Survey {
            items = List.copyOf(items);
            missing = List.copyOf(missing);
        }

        /** Bytes of all files found. */
        public long totalBytes() {
            return items.stream().mapToLong(item -> item.file().size()).sum();
        }
    }
}
