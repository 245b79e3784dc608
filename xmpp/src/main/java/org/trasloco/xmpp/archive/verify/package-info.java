/**
 * Reading the archive back (XEP-0313) and comparing it with the workspace:
 * {@link org.trasloco.xmpp.archive.verify.ArchiveReader} pages through the user's archive,
 * {@link org.trasloco.xmpp.archive.verify.ArchiveVerifier} matches what it finds to the planned
 * entries by their id (the XEP-0359 origin-id) and reports, per conversation, the count, a content
 * hash, and every message missing, different or stored twice.
 */
package org.trasloco.xmpp.archive.verify;
