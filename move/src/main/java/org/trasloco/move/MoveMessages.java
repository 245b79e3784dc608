package org.trasloco.move;

import org.trasloco.core.i18n.MessageKey;

/** The keys of the move module's bundle ({@code org/trasloco/move/messages*.properties}). */
public enum MoveMessages implements MessageKey {
    /** {0} the zone as typed. */
    ZONE_INVALID("zone.invalid"),
    /** {0} the exports given for attachments. */
    MEDIA_UNREADABLE("media.unreadable"),
    /** {0} the workspace file. */
    WORKSPACE_MISSING("workspace.missing"),
    /** {0} a participants or people file. */
    NOBODY_TO_INVITE("invites.nobody"),
    /** Neither a domain nor an invitation names the server. */
    SIGN_UP_NO_SERVER("signUp.noServer"),
    /** Neither a name nor an invitation. */
    SIGN_UP_NO_NAME("signUp.noName"),
    /** {0} a conversation name as typed, {1} the names of the conversations that move. */
    CONVERSATION_UNKNOWN("keepsake.conversationUnknown"),
    /** The password is read from standard input, and its first line is empty or missing. */
    PASSWORD_LINE_MISSING("password.lineMissing"),
    /** {0} the administrator's server, {1} the workshop's server. */
    WORKSHOP_OTHER_SERVER("workshop.otherServer"),
    /** {0} the server: it answered with something other than an account invitation. */
    WORKSHOP_NOT_ACCOUNT_INVITE("workshop.notAccountInvite"),
    /** {0} the port as typed. */
    PORT_INVALID("port.invalid");

    private final String key;

    MoveMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.move.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
