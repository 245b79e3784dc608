package org.trasloco.app.cli.keepsake;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts the keepsake commands print ({@code org/trasloco/app/cli/keepsake/messages*.properties}). */
enum KeepsakeCliText implements MessageKey {
    WEB_WRITTEN("web.written"),
    WEB_FILES("web.files"),
    BOOK_WRITTEN("book.written"),
    BACKUP_WRITTEN("backup.written"),
    BACKUP_SKIPPED("backup.skipped"),
    BACKUP_NEXT("backup.next"),
    DATE_INVALID("date.invalid");

    private final String key;

    KeepsakeCliText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.app.cli.keepsake.messages";
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
