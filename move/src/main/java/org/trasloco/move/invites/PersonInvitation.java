package org.trasloco.move.invites;

import java.util.Objects;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.share.ShareMessage;

/**
 * One person's invitation.
 *
 * @param contactId the person in the workspace, or {@code 0} for someone from a people file
 * @param message the link, the share text in their language, and the links that send it
 * @param sent whether the user marked it as sent
 * @param serverInvite the invitation the user's server made for them, or {@code null} for a plain
 *     contact link
 */
public record PersonInvitation(long contactId, ShareMessage message, boolean sent, ServerInvite serverInvite) {

    /**
     * Checks the message.
     *
     * @param contactId the person's id or 0
     * @param message the message
     * @param sent marked as sent
     * @param serverInvite the server's invitation or {@code null}
     */
    public PersonInvitation {
        Objects.requireNonNull(message, "message");
    }

    /**
     * An invitation with a plain contact link.
     *
     * @param contactId the person's id or 0
     * @param message the message
     * @param sent marked as sent
     */
    public PersonInvitation(long contactId, ShareMessage message, boolean sent) {
        this(contactId, message, sent, null);
    }

    /** The person's name. */
    public String name() {
        return message.invitee().name();
    }
}
