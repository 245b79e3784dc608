/**
 * Attachments into the archive: files found in the exports are uploaded with HTTP File Upload
 * (XEP-0363) and linked from their messages (XEP-0066), after showing their total size against the
 * server's limit. Each upload is recorded in the ledger, so a resumed upload links the same file
 * instead of uploading it again.
 */
package org.trasloco.xmpp.archive.media;
