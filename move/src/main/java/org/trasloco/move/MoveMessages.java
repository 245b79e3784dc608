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
    PORT_INVALID("port.invalid"),
    /** {0} the text given: not a way for groups. */
    GROUPS_INVALID("groups.invalid"),
    /** The user chose notes for the groups. */
    GROUPS_CHOSEN_NOTES("groups.chosenNotes"),
    /** {0} domain: the server has no group-chat service. */
    GROUPS_NO_SERVICE("groups.noService"),
    /** {0} the group-chat service: it takes no imported history. */
    GROUPS_NO_IMPORT("groups.noImport"),
    /** {0} a group's name as typed, {1} the groups that move. */
    GROUP_UNKNOWN("groups.unknown"),
    /** {0} a group's name as typed, {1} the keys of the groups of that name. */
    GROUP_AMBIGUOUS("groups.ambiguous"),
    /** {0} groups whose room address is in use: the run cannot start before they are answered. */
    GROUPS_UNANSWERED("groups.unanswered"),
    /** {0} the server. */
    SERVER_INVITES_NOT_OFFERED("serverInvites.notOffered"),
    /** {0} the server, {1} invitations made, {2} renewed, {3} still valid. */
    SERVER_INVITES_MADE("serverInvites.made"),
    /** {0} the server. */
    SERVER_INVITES_NO_SIGN_UP("serverInvites.noSignUp"),
    /** {0} how many invited people have places in group chats. */
    SERVER_INVITES_PLACED("serverInvites.placed"),
    /** {0} the person's name, {1} their new address. */
    SERVER_INVITES_JOINED("serverInvites.joined"),
    /** {0} an address that became a mutual contact. */
    SERVER_INVITES_UNTIED("serverInvites.untied"),
    /** A people file's people have no place in the workspace for the server's invitations. */
    SERVER_INVITES_NEED_WORKSPACE("serverInvites.needWorkspace");

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
