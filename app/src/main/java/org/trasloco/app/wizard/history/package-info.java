/**
 * Step 5: the history into the new address's archive. Asks only for the password when the app was
 * restarted, says where the history goes and why, that the server stores it unencrypted and how long
 * it keeps it (and stops when the server would delete it), uploads with progress, pause, resume and
 * stop, survives closing the app, and ends with the read-back, conversation by conversation. The
 * work itself is {@link org.trasloco.move.history}'s; this package only shows it.
 */
package org.trasloco.app.wizard.history;
