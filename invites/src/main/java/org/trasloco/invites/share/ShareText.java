package org.trasloco.invites.share;

import org.trasloco.core.i18n.MessageKey;

/** The share texts ({@code org/trasloco/invites/share/messages*.properties}). */
public enum ShareText implements MessageKey {
    /** {0} the invitee's name, {1} the landing link, {2} the inviter's address. */
    MESSAGE("message"),
    /** The same without the link, for Telegram, which shows the link itself: {0} name, {1} address. */
    MESSAGE_WITHOUT_LINK("messageWithoutLink");

    private final String key;

    ShareText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.share.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
