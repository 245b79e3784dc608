package org.trasloco.importers.telegram.chat;

import org.trasloco.core.i18n.MessageKey;

/**
 * The texts of the Telegram readers ({@code org/trasloco/importers/telegram/messages*.properties}):
 * errors that stop a read and warnings that do not.
 */
public enum TelegramMessages implements MessageKey {
    /** {0} file, {1} line, {2} messages readable before the cut. */
    TRUNCATED("telegram.truncated"),
    /** {0} file, {1} line, {2} column, {3} the parser's own words. */
    BAD_JSON("telegram.badJson"),
    /** {0} file. */
    NOT_AN_EXPORT("telegram.notAnExport"),
    /** {0} file, {1} line. */
    CHAT_WITHOUT_ID("telegram.chatWithoutId"),
    /** {0} the missing page, {1} the chat folder. */
    MISSING_PAGE("telegram.missingPage"),
    /** {0} file. */
    NOT_A_CHAT_PAGE("telegram.notAChatPage"),
    /** {0} file, {1} message id, {2} the path written in the export. */
    PATH_ESCAPES("telegram.pathEscapes"),
    /** {0} file, {1} line, {2} messages read before the cut. */
    WARN_TRUNCATED("telegram.warn.truncated"),
    /** {0} how many files, {1} the first of them. */
    WARN_FILES_MISSING("telegram.warn.filesMissing"),
    /** {0} the zone used. */
    WARN_ZONE_ASSUMED("telegram.warn.zoneAssumed"),
    /** {0} the offset written in the export, {1} the zone, {2} that zone's standard offset. */
    WARN_ZONE_MISMATCH("telegram.warn.zoneMismatch"),
    /** No arguments. */
    WARN_MESSAGE_SKIPPED("telegram.warn.messageSkipped"),
    /** {0} how many places the page breaks the HTML rules, {1} line of the first, {2} column of the first. */
    WARN_PAGE_DAMAGED("telegram.warn.pageDamaged"),
    /** {0} message id. */
    WARN_TEXT_RECOVERED("telegram.warn.textRecovered"),
    /** {0} message id, {1} field, {2} the value found, {3} what was read from it. */
    WARN_WRONG_TYPE("telegram.warn.wrongType"),
    /** No arguments. */
    WARN_NOT_A_MESSAGE("telegram.warn.notAMessage"),
    /** {0} message id, {1} the date as written. */
    WARN_BAD_DATE("telegram.warn.badDate"),
    /** {0} message id, {1} the time stamp as written, {2} the date as written. */
    WARN_BAD_UNIXTIME("telegram.warn.badUnixtime"),
    /** {0} file, {1} line, {2} the nesting limit. */
    TOO_DEEP("telegram.tooDeep");

    private final String key;

    TelegramMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.importers.telegram.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
