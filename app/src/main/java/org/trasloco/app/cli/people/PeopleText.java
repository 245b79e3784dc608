package org.trasloco.app.cli.people;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts {@code trasloco people} prints ({@code org/trasloco/app/cli/people/messages*.properties}). */
enum PeopleText implements MessageKey {
    WORKSPACE_MISSING("workspace.missing"),
    SET_SYNTAX("set.syntax"),
    SET_PROBLEM("set.problem"),
    VCARD_LOADED("vcard.loaded"),
    CSV_IMPORTED("csv.imported"),
    CSV_REFUSED("csv.refused"),
    CSV_PROBLEM("csv.problem"),
    CSV_EXPORTED("csv.exported"),
    MERGE_ALREADY_ONE("merge.alreadyOne"),
    SPLIT_NOT_FOUND("split.notFound"),
    SPLIT_NOT_FOUND_IN_CHAT("split.notFoundInChat"),
    SPLIT_ALREADY_ALONE("split.alreadyAlone"),
    LIST_HEADER("list.header"),
    LIST_ROW("list.row"),
    LIST_ALIASES("list.aliases"),
    LIST_PHONES("list.phones"),
    DECISION_UNDECIDED("decision.undecided"),
    DECISION_KNOWN("decision.known"),
    DECISION_INVITE("decision.invite"),
    DECISION_SKIP("decision.skip"),
    DECISION_ME("decision.me"),
    ME_CONFIRMED("me.confirmed"),
    ME_EXPORT_OWNER("me.exportOwner"),
    ME_EVERY_CHAT("me.everyChat"),
    ME_UNKNOWN("me.unknown"),
    ME_UNKNOWN_NO_CANDIDATE("me.unknownNoCandidate"),
    AMBIGUOUS_NAME("ambiguousName");

    private final String key;

    PeopleText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.people.messages";
    }

    @Override
    public String key() {
        return key;
    }

    String format(Locale locale, Object... args) {
        return LocalizedText.of(this, args).format(locale);
    }
}
