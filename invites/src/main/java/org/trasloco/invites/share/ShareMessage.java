package org.trasloco.invites.share;

import java.util.Objects;
import org.trasloco.invites.links.InviteLink;
import org.trasloco.invites.people.Invitee;

/**
 * Everything needed to invite one person: their invitation, the text to send them and the links
 * that open WhatsApp or Telegram with it.
 *
 * @param invitee the person
 * @param link their invitation (the {@code xmpp:} link and the landing link)
 * @param text the message, in their language, with the landing link
 * @param whatsApp the WhatsApp link (to their number when known)
 * @param telegram the Telegram share link
 */
public record ShareMessage(Invitee invitee, InviteLink link, String text, String whatsApp, String telegram) {

    /**
     * Checks the parts.
     *
     * @param invitee the person
     * @param link the invitation
     * @param text the message
     * @param whatsApp the WhatsApp link
     * @param telegram the Telegram link
     */
    public ShareMessage {
        Objects.requireNonNull(invitee, "invitee");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(whatsApp, "whatsApp");
        Objects.requireNonNull(telegram, "telegram");
    }

    /** The text message link that sends the text to the person's number (or asks for one). */
    public String sms() {
        return ShareLinks.sms(invitee.phone(), text);
    }
}
