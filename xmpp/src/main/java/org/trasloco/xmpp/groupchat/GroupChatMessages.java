package org.trasloco.xmpp.groupchat;

import org.trasloco.core.i18n.MessageKey;

/** The texts of group chats ({@code org/trasloco/xmpp/groupchat/messages*.properties}). */
public enum GroupChatMessages implements MessageKey {
    /** Step name. */
    STEP_ROOM("step.room"),
    /** Step name. */
    STEP_MEMBERS("step.members"),
    /** {0} domain, {1} room, {2} the server's explanation: the room could not be created. */
    CREATE_REFUSED("create.refused"),
    /** {0} room: someone else created it first. */
    TAKEN("taken"),
    /** {0} domain, {1} room, {2} the server's explanation: the room's settings were refused. */
    CONFIGURE_REFUSED("configure.refused"),
    /** {0} domain, {1} room, {2} the settings it lacks: the service cannot make rooms OMEMO can use. */
    NOT_PRIVATE("notPrivate"),
    /** {0} domain, {1} address, {2} room, {3} the server's explanation. */
    MEMBER_REFUSED("member.refused"),
    /** {0} domain, {1} address, {2} room, {3} the server's explanation: earlier messages keep the nickname only. */
    AUTHOR_REFUSED("author.refused"),
    /** {0} domain, {1} the server's explanation: it did not keep the places of invited people. */
    PLACES_REFUSED("places.refused"),
    /** {0} room: the room whose members were asked for is not the user's. */
    MEMBERS_REFUSED("members.refused"),
    /** {0} the address typed, {1} the service: a room elsewhere. */
    OTHER_SERVICE("otherService"),
    /** {0} group name, {1} room: the text of an invitation. */
    INVITATION("invitation"),
    /** Setting name: only members may enter. */
    SETTING_MEMBERS_ONLY("setting.membersOnly"),
    /** Setting name: members see each other's addresses. */
    SETTING_NON_ANONYMOUS("setting.nonAnonymous"),
    /** Setting name: the room stays when everyone left. */
    SETTING_PERSISTENT("setting.persistent");

    private final String key;

    GroupChatMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.xmpp.groupchat.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
