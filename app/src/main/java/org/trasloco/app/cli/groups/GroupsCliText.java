package org.trasloco.app.cli.groups;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts the groups print ({@code org/trasloco/app/cli/groups/messages*.properties}). */
public enum GroupsCliText implements MessageKey {
    ROOMS("rooms"),
    ROOMS_DISCLOSURE("rooms.disclosure"),
    ROOM_NEW("room.new"),
    ROOM_OURS("room.ours"),
    ROOM_ADOPTED("room.adopted"),
    ROOM_EXISTS_OWNED("room.existsOwned"),
    ROOM_TAKEN("room.taken"),
    ROOM_PEOPLE("room.people"),
    ANSWER_NEEDED("answerNeeded"),
    DONE("done"),
    UNCHANGED("unchanged"),
    MEMBERS_ADDED("membersAdded"),
    INVITED("invited"),
    PENDING("pending"),
    LIST_ROOM("list.room"),
    LIST_NOTES("list.notes"),
    LIST_NOT_YET("list.notYet"),
    LIST_JOIN("list.join"),
    LIST_MEMBER("list.member"),
    LIST_MEMBER_ADDED("list.member.added"),
    LIST_MEMBER_INVITED("list.member.invited"),
    LIST_PENDING("list.pending"),
    LIST_NONE("list.none"),
    WORKSPACE_MISSING("workspaceMissing"),
    ANSWER_INVALID("answer.invalid");

    private final String key;

    GroupsCliText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.groups.messages";
    }

    @Override
    public String key() {
        return key;
    }

    /** The text in a language. */
    String format(Locale locale, Object... args) {
        return LocalizedText.of(this, args).format(locale);
    }
}
