package org.trasloco.keepsake.book;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts of the printed book: {@code org/trasloco/keepsake/book/messages*.properties}. */
enum BookText implements MessageKey {
    /** The default title. */
    TITLE("book.title"),
    /** {0} number of messages, {1} first day, {2} last day. */
    COVER_SUMMARY("cover.summary"),
    /** {0} the people, listed. */
    COVER_PEOPLE("cover.people"),
    /** {0} the day it was made. */
    COVER_MADE("cover.made"),
    /** {0} title, {1} page, {2} pages. */
    FOOTER("footer"),
    /** {0} first day, {1} last day, {2} number of messages: under a conversation's title. */
    PART_SUMMARY("part.summary");

    private final String key;

    BookText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.keepsake.book.messages";
    }

    @Override
    public String key() {
        return key;
    }

    String format(Locale locale, Object... args) {
        return LocalizedText.of(this, args).format(locale);
    }
}
