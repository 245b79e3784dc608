/**
 * What Telegram Desktop's two export formats have in common, turned into Trasloco's history: the
 * kinds of chat, one chat written into a sink with stable ids and its participants, the export's
 * files checked against its folder, wall-clock times read in the right zone, Telegram's own wording
 * of service lines, and the readers' texts.
 */
package org.trasloco.importers.telegram.chat;
