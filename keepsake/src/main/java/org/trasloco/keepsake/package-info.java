/**
 * Private copies of the history with no server (issue 18): a folder that opens in any browser
 * ({@link org.trasloco.keepsake.html}), a book to print ({@link org.trasloco.keepsake.book}), and the
 * history added to the user's own Conversations backup so that it arrives in the phone's app
 * ({@link org.trasloco.keepsake.conversations}).
 *
 * <p>This package holds what the three share: which part of the history is wanted
 * ({@link org.trasloco.keepsake.Selection}), where the files of the exports come from
 * ({@link org.trasloco.keepsake.MediaSource}), who the user is ({@link org.trasloco.keepsake.MyNames}),
 * and output that is moved into place only when complete ({@link org.trasloco.keepsake.AtomicOutput}).
 * Every writer reads the workspace one message at a time through core's
 * {@link org.trasloco.core.workspace.MessageCursor}; none holds a conversation in memory.
 */
package org.trasloco.keepsake;
