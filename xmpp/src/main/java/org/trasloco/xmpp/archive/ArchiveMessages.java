package org.trasloco.xmpp.archive;

import org.trasloco.core.i18n.MessageKey;

/** The texts of the archive paths ({@code org/trasloco/xmpp/archive/messages*.properties}). */
public enum ArchiveMessages implements MessageKey {
    /** Step name. */
    STEP_DISCOVERY("step.discovery"),
    /** Step name. */
    STEP_IMPORT("step.import"),
    /** Step name. */
    STEP_NOTES("step.notes"),
    /** Step name. */
    STEP_READ_BACK("step.readBack"),
    /** Step name. */
    STEP_MEDIA("step.media"),
    /** Step name. */
    STEP_CHANGES("step.changes"),

    /** Network name in notes. */
    NETWORK_WHATSAPP("network.whatsapp"),
    /** Network name in notes. */
    NETWORK_TELEGRAM("network.telegram"),
    /** {0} network, {1} conversation title, {2} date and time, {3} author: the first line of a note. */
    NOTE_HEADER("note.header"),
    /** {0} file name: a line for an attachment that was not uploaded. */
    BODY_ATTACHMENT("body.attachment"),
    /** A line for a medium the export left out. */
    BODY_MEDIA_OMITTED("body.mediaOmitted"),

    /** {0} domain: no archive-import module, yet the import path was asked for. */
    IMPORT_UNAVAILABLE("import.unavailable"),
    /** {0} domain, {1} message id, {2} the server's explanation. */
    IMPORT_FORBIDDEN("import.forbidden"),
    /** {0} domain, {1} date of the oldest live message. */
    IMPORT_LIVE_MESSAGES("import.liveMessages"),
    /** {0} domain, {1} the most messages kept per user. */
    IMPORT_QUOTA("import.quota"),
    /** {0} domain, {1} the server's explanation. */
    IMPORT_REFUSED("import.refused"),
    /** {0} domain, {1} the server's explanation: a change of messages in the archive was refused. */
    CHANGES_REFUSED("changes.refused"),
    /** {0} domain, {1} messages: the server cannot change messages already in the archive. */
    CHANGES_UNAVAILABLE("changes.unavailable"),
    /** {0} domain, {1} minutes: the connection could not be restored. */
    UPLOAD_GAVE_UP("upload.gaveUp"),
    /** {0} domain, {1} the server's explanation: a note was refused. */
    NOTES_REFUSED("notes.refused"),

    /** {0} domain, {1} days kept, {2} age of the oldest message in days. */
    RETENTION_TOO_SHORT("retention.tooShort"),
    /** {0} domain, {1} most messages kept, {2} messages to move. */
    RETENTION_TOO_MANY("retention.tooMany"),
    /** {0} domain. */
    RETENTION_UNKNOWN("retention.unknown"),
    /** Retention, for the disclosure. */
    KEPT_FOREVER("kept.forever"),
    /** {0} days: retention, for the disclosure. */
    KEPT_DAYS("kept.days"),
    /** Retention, for the disclosure. */
    KEPT_UNKNOWN("kept.unknown"),
    /** {0} messages, {1} conversations, {2} account, {3} domain, {4} retention (a nested text). */
    DISCLOSURE_IMPORT("disclosure.import"),
    /** {0} messages, {1} conversations, {2} account, {3} domain, {4} retention (a nested text). */
    DISCLOSURE_NOTES("disclosure.notes"),

    /** {0} the names found in the exports. */
    ME_UNKNOWN("me.unknown"),
    /** {0} the name given, {1} the names found in the exports. */
    ME_NOT_FOUND("me.notFound"),

    /** {0} confirmed, {1} expected: the whole archive is there. */
    VERIFY_CONFIRMED("verify.confirmed"),
    /** {0} confirmed, {1} expected: something is missing or different. */
    VERIFY_INCOMPLETE("verify.incomplete"),
    /** {0} conversation, {1} confirmed, {2} expected. */
    VERIFY_CONVERSATION_OK("verify.conversation.ok"),
    /** {0} conversation, {1} confirmed, {2} expected, {3} missing, {4} different, {5} twice. */
    VERIFY_CONVERSATION_PROBLEM("verify.conversation.problem"),
    /** {0} message id, {1} date: missing from the archive. */
    VERIFY_MISSING("verify.missing"),
    /** {0} message id, {1} date, {2} what differs. */
    VERIFY_DIFFERENT("verify.different"),
    /** {0} message id, {1} date, {2} copies. */
    VERIFY_DUPLICATED("verify.duplicated"),

    /** {0} domain, {1} the server's explanation: the archive could not be read. */
    READ_REFUSED("read.refused"),

    /** {0} file: the operator file could not be written. */
    PIE_WRITE_FAILED("pie.writeFailed"),

    /** {0} domain: no HTTP File Upload service. */
    MEDIA_UNAVAILABLE("media.unavailable"),
    /** {0} file, {1} its size, {2} the server's limit (sizes as text). */
    MEDIA_TOO_LARGE("media.tooLarge"),
    /** {0} file, {1} the reason. */
    MEDIA_FAILED("media.failed"),
    /** {0} file: not found in the exports given. */
    MEDIA_NOT_FOUND("media.notFound");

    private final String key;

    ArchiveMessages(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.xmpp.archive.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
