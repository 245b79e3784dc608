package org.trasloco.move.history;

import java.nio.file.Path;
import java.util.List;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.media.MediaStep;
import org.trasloco.xmpp.archive.media.MediaUploader;
import org.trasloco.xmpp.archive.media.UploadService;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * The attachments of a history to the server's file upload (XEP-0363), looked up in the exports the
 * user named; what is uploaded is recorded in the account's ledger, so messages then carry the links
 * (in the user's own archive and in group chats alike) and nothing is uploaded twice.
 */
public final class MediaUpload {

    private MediaUpload() {
    }

    /**
     * Uploads what the ledger does not hold yet.
     *
     * @param access logs in to the account
     * @param ledger the account's ledger
     * @param plan the history whose attachments go
     * @param exports the exports to find them in
     * @param domain the server, for messages
     * @return what happened to each attachment
     * @throws TraslocoException {@code REFUSED} when the server has no file upload; {@code BAD_INPUT}
     *     when an export cannot be read; {@code CONNECTION} when the connection fails
     */
    public static MediaReport upload(AccountAccess access, UploadLedger ledger, HistoryPlan plan, List<Path> exports,
            String domain) {
        try (ExportMedia source = ExportMedia.open(exports);
                XmppSession session = access.opener().open()) {
            MediaUploader uploader = new MediaUploader(session);
            UploadService service = uploader.service().orElseThrow(() -> new TraslocoException(
                    TraslocoException.Kind.REFUSED, LocalizedText.of(ArchiveMessages.MEDIA_UNAVAILABLE, domain), null));
            MediaStep step = new MediaStep(ledger, source);
            return step.upload(step.survey(plan), uploader, service, access.locale());
        }
    }
}
