/**
 * The history into the user's XMPP archive (DESIGN §5): three paths, best first.
 *
 * <ol>
 *   <li>{@code upload} with the self-service import of our Prosody module ({@code protocol}): each
 *       message at its original date, from or to the right person, idempotent on the message id;</li>
 *   <li>{@code pie}: an XEP-0227 file the server's operator imports with {@code prosody-migrator};</li>
 *   <li>{@code upload} as notes to the user's own address, on any server.</li>
 * </ol>
 *
 * <p>{@code plan} turns the workspace into {@link org.trasloco.xmpp.archive.ArchiveEntry}s in one
 * global chronological order, with the people mapped by {@code people}; {@code retention} stops an
 * upload the server would delete; {@code verify} reads the archive back and compares it per
 * conversation; {@code media} uploads attachments (XEP-0363).
 */
package org.trasloco.xmpp.archive;
