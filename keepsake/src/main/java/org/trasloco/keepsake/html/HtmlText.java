package org.trasloco.keepsake.html;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts of the web keepsake's pages: {@code org/trasloco/keepsake/html/messages*.properties}. */
enum HtmlText implements MessageKey {
    /** The keepsake's default title. */
    INDEX_TITLE("index.title"),
    /** {0} number of conversations, {1} number of messages, {2} the day it was made. */
    INDEX_INTRO("index.intro"),
    /** Everything is on this computer. */
    INDEX_OFFLINE("index.offline"),
    /** Column: the conversation's name. */
    COLUMN_CONVERSATION("column.conversation"),
    /** Column: who wrote in it. */
    COLUMN_PEOPLE("column.people"),
    /** Column: first to last day. */
    COLUMN_PERIOD("column.period"),
    /** Column: how many messages. */
    COLUMN_MESSAGES("column.messages"),
    /** Link back to the list of conversations. */
    NAV_ALL_CHATS("nav.allChats"),
    /** Link to a conversation's contents. */
    NAV_CONTENTS("nav.contents"),
    /** Link to the page before. */
    NAV_OLDER("nav.older"),
    /** Link to the page after. */
    NAV_NEWER("nav.newer"),
    /** {0} this page, {1} the number of pages. */
    NAV_PAGE("nav.page"),
    /** Accessible name of the page navigation. */
    NAV_LABEL("nav.label"),
    /** Link to the first page of a conversation. */
    CONTENTS_START("contents.start"),
    /** Heading over the months of a conversation. */
    CONTENTS_MONTHS("contents.months"),
    /** Label of the search box. */
    SEARCH_LABEL("search.label"),
    /** Hint in the search box of the list of conversations. */
    SEARCH_PLACEHOLDER_ALL("search.placeholderAll"),
    /** Hint in the search box of one conversation. */
    SEARCH_PLACEHOLDER_CONVERSATION("search.placeholderConversation"),
    /** The search button. */
    SEARCH_BUTTON("search.button"),
    /** While the index loads. */
    SEARCH_LOADING("search.loading"),
    /** {0} the words searched: nothing found. */
    SEARCH_NONE("search.none"),
    /** {0} how many messages were found. */
    SEARCH_COUNT("search.count"),
    /** {0} how many are shown. */
    SEARCH_MORE("search.more"),
    /** Shown when the browser runs no scripts. */
    SEARCH_NO_SCRIPT("search.noScript"),
    /** Button: larger text. */
    SIZE_LARGER("size.larger"),
    /** Button: normal text. */
    SIZE_NORMAL("size.normal"),
    /** {0} file name: link that opens a file. */
    MEDIA_OPEN("media.open");

    private final String key;

    HtmlText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.keepsake.html.messages";
    }

    @Override
    public String key() {
        return key;
    }

    /** Formats this text in a language. */
    String format(Locale locale, Object... args) {
        return LocalizedText.of(this, args).format(locale);
    }
}
