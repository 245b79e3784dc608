/**
 * The upload engine: {@link org.trasloco.xmpp.archive.upload.HistoryUploader} sends a
 * {@link org.trasloco.xmpp.archive.plan.HistoryPlan} in its global time order, in batches, through
 * the archive-import module or as notes to the user's own address, and records every batch in the
 * workspace's {@link org.trasloco.core.workspace.UploadLedger} before it leaves and when the server
 * confirms it. A crash, a kill or a lost connection therefore loses nothing and sends nothing twice:
 * the import path is idempotent on the message id, and notes whose fate is unknown are looked up in
 * the archive before being sent again. It paces itself to the server's rate, backs off when asked to
 * wait, reconnects after an outage, can be paused, resumed and cancelled through
 * {@link org.trasloco.xmpp.archive.upload.UploadControl}, and reports progress (messages, bytes, time
 * left) to an {@link org.trasloco.xmpp.archive.upload.UploadListener}.
 */
package org.trasloco.xmpp.archive.upload;
