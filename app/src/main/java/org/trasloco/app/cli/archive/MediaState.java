package org.trasloco.app.cli.archive;

import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.login.AccountAddress;

/** The attachments an earlier upload put on the server, as links for the messages that carry them. */
final class MediaState {

    private MediaState() {
    }

    static MediaLinks links(Workspace workspace, AccountAddress account) {
        UploadLedger ledger = workspace.uploadLedger(account.toString());
        return (messageId, position) -> ledger.media(messageId, position).map(UploadLedger.MediaLink::url);
    }
}
