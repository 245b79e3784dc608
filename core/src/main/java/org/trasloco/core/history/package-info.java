/**
 * The canonical history model shared by every importer and every path into XMPP: conversations,
 * their participants, messages and attachments, and the {@link org.trasloco.core.history.HistorySink}
 * through which importers stream them.
 *
 * <p>All types are immutable records. Times are kept as written in the export
 * ({@link java.time.LocalDateTime}); an {@link java.time.Instant} is present only when the export
 * carries one.
 */
package org.trasloco.core.history;
