package org.trasloco.importers;

import org.trasloco.core.i18n.MessageKey;

/** The keys of the importers' bundle ({@code org/trasloco/importers/messages*.properties}). */
public enum ImporterMessages implements MessageKey {
    /** {0} path. */
    INPUT_NOT_FOUND("input.notFound"),
    /** {0} path. */
    INPUT_EMPTY("input.empty"),
    /** {0} path. */
    INPUT_UNRECOGNISED("input.unrecognised"),
    /** {0} path. */
    INPUT_BINARY("input.binary"),
    /** {0} file, {1} line. */
    INPUT_BAD_ENCODING("input.badEncoding"),
    /** {0} file, {1} line, {2} the limit in characters. */
    INPUT_LINE_TOO_LONG("input.lineTooLong"),
    /** {0} file, {1} the message's first line, {2} the line where it broke the limit, {3} the limit in characters. */
    INPUT_MESSAGE_TOO_LONG("input.messageTooLong"),
    /** {0} path. */
    INPUT_READ_FAILED("input.readFailed"),
    /** {0} zip. */
    ZIP_DAMAGED("zip.damaged"),
    /** {0} zip, {1} entry. */
    ZIP_UNSAFE_ENTRY("zip.unsafeEntry"),
    /** {0} zip, {1} entry, {2} limit in MB. */
    ZIP_ENTRY_TOO_LARGE("zip.entryTooLarge"),
    /** {0} zip, {1} limit in MB. */
    ZIP_TOTAL_TOO_LARGE("zip.totalTooLarge"),
    /** {0} zip, {1} entry. */
    ZIP_BOMB("zip.bomb"),
    /** {0} zip, {1} entry. */
    ZIP_UNSUPPORTED("zip.unsupported"),
    /** {0} zip, {1} number of entries, {2} limit. */
    ZIP_TOO_MANY_ENTRIES("zip.tooManyEntries"),
    /** {0} zip or folder. */
    WHATSAPP_NO_CHAT_TEXT("whatsapp.noChatText"),
    /** {0} file. */
    WHATSAPP_NO_MESSAGE("whatsapp.noMessage"),
    /** {0} first line, {1} last line, {2} the first of those lines. */
    WHATSAPP_WARN_PREAMBLE("whatsapp.warn.preamble"),
    /** {0} line. */
    WHATSAPP_WARN_IMPOSSIBLE_DATE("whatsapp.warn.impossibleDate"),
    /** {0} line. */
    WHATSAPP_WARN_QUOTED_HEADER("whatsapp.warn.quotedHeader"),
    /** {0} line. */
    WHATSAPP_WARN_NUL("whatsapp.warn.nul"),
    /** No arguments. */
    WHATSAPP_WARN_DATE_ORDER_AMBIGUOUS("whatsapp.warn.dateOrderAmbiguous"),
    /** {0} line. */
    WHATSAPP_WARN_DATE_ORDER_CONFLICT("whatsapp.warn.dateOrderConflict");

    private final String key;

    ImporterMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.importers.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
