package org.trasloco.invites.share;

import java.util.Objects;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.invites.links.InviteLink;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Inviter;

/** Writes each person's share text in their language and the links that send it. */
public final class ShareTexts {

    private ShareTexts() {
    }

    /**
     * The message for one person.
     *
     * @param inviter who invites
     * @param invitee whom
     * @param link the invitation for this person
     * @return the text and its WhatsApp and Telegram links
     */
    public static ShareMessage message(Inviter inviter, Invitee invitee, InviteLink link) {
        Objects.requireNonNull(inviter, "inviter");
        String address = inviter.address().toString();
        String text = LocalizedText.of(ShareText.MESSAGE, invitee.name(), link.landing(), address)
                .format(invitee.language());
        String withoutLink = LocalizedText.of(ShareText.MESSAGE_WITHOUT_LINK, invitee.name(), address)
                .format(invitee.language());
        return new ShareMessage(invitee, link, text, ShareLinks.whatsApp(invitee.phone(), text),
                ShareLinks.telegram(link.landing(), withoutLink));
    }
}
