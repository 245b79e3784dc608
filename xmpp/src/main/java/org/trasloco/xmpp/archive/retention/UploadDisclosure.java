package org.trasloco.xmpp.archive.retention;

import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveMessages;

/**
 * What a user is told before anything leaves their computer: how many messages go where, that the
 * server stores them unencrypted, and how long it keeps them; on the notes path also that notes show
 * today's date in a chat with oneself.
 */
public final class UploadDisclosure {

    private UploadDisclosure() {
    }

    /**
     * The text.
     *
     * @param notes whether the notes path is used
     * @param messages messages to move
     * @param conversations conversations they come from
     * @param account the user's address
     * @param domain the server
     * @param policy what the server keeps
     * @return the text
     */
    public static LocalizedText of(boolean notes, long messages, int conversations, String account, String domain,
            ArchivePolicy policy) {
        return LocalizedText.of(notes ? ArchiveMessages.DISCLOSURE_NOTES : ArchiveMessages.DISCLOSURE_IMPORT, messages,
                conversations, account, domain, kept(policy));
    }

    /**
     * How long a server keeps its archive, in words ("without a time limit", "for 365 days").
     *
     * @param policy what the server keeps
     * @return the words
     */
    public static LocalizedText kept(ArchivePolicy policy) {
        return switch (policy.kept()) {
            case FOREVER -> LocalizedText.of(ArchiveMessages.KEPT_FOREVER);
            case LIMITED -> LocalizedText.of(ArchiveMessages.KEPT_DAYS, policy.keptFor().toDays());
            case UNKNOWN -> LocalizedText.of(ArchiveMessages.KEPT_UNKNOWN);
        };
    }
}
