/**
 * The history into the user's archive: the plan of what goes where
 * ({@link org.trasloco.move.history.HistoryPlanner}), the preparation that says where it goes, how
 * long the server keeps it and whether that is long enough
 * ({@link org.trasloco.move.history.HistoryMove#prepare}), the run with progress, pause, resume and
 * cancel that uploads attachments and messages and reads the archive back
 * ({@link org.trasloco.move.history.HistoryRun}), the check alone, and the file for an operator.
 */
package org.trasloco.move.history;
