/**
 * The workspace as archive entries: {@link org.trasloco.xmpp.archive.plan.ChronologicalMerge} reads
 * all conversations side by side and yields their messages in one global time order (so that the
 * archive's order, which is arrival order, is time order);
 * {@link org.trasloco.xmpp.archive.plan.EntryMaker} turns each message into what is sent (direct
 * chats from and to the mapped people, group chats and the notes path as labelled notes to the user's
 * own address); {@link org.trasloco.xmpp.archive.plan.HistoryPlan} counts it all before anything is
 * sent and reads it again for the upload, the operator file and the read-back.
 */
package org.trasloco.xmpp.archive.plan;
