/**
 * What the user sends each person one last time from WhatsApp or Telegram: a short text in the
 * person's language with the landing link ({@link org.trasloco.invites.share.ShareTexts}), and the
 * links that open WhatsApp or Telegram with that text ready ({@link org.trasloco.invites.share.ShareLinks}).
 */
package org.trasloco.invites.share;
