package org.trasloco.app.cli.archive;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts the archive commands print ({@code org/trasloco/app/cli/archive/messages*.properties}). */
enum ArchiveCliText implements MessageKey {
    PATH_IMPORT("path.import"),
    PATH_NOTES("path.notes"),
    PATH_INVALID("path.invalid"),
    PLAN_CONVERSATION("plan.conversation"),
    PLAN_CONVERSATION_NOTES("plan.conversationNotes"),
    PLAN_CONVERSATION_NOTES_GROUP("plan.conversationNotes.group"),
    PLAN_CONVERSATION_NOTES_CHANNEL("plan.conversationNotes.channel"),
    PLAN_LEFT_OUT("plan.leftOut"),
    PLAN_TOTAL("plan.total"),
    PLAN_EMPTY("plan.empty"),
    DRY_RUN("dryRun"),
    PROGRESS("progress"),
    PROGRESS_LEFT("progress.left"),
    RECONNECTING("reconnecting"),
    WAITING("waiting"),
    UPLOADED("uploaded"),
    ZONE_INVALID("zone.invalid"),
    PIE_WRITTEN("pie.written"),
    PIE_NO_CREDENTIALS("pie.noCredentials"),
    MEDIA_TOTAL("media.total"),
    MEDIA_UPLOADED("media.uploaded"),
    MEDIA_UNREADABLE("media.unreadable"),
    MEDIA_FAILED("media.failed"),
    READDRESSED("readdressed"),
    REPLACED("replaced"),
    READ_BACK("readBack");

    private final String key;

    ArchiveCliText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.archive.messages";
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
