package org.trasloco.keepsake.html;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trasloco.keepsake.Selection;

/**
 * What the web keepsake holds and how it looks.
 *
 * @param directory the folder to write: new, empty, or an earlier keepsake (replaced as a whole)
 * @param locale the language of the pages (dates, labels)
 * @param selection which conversations and days
 * @param myNames the names the user writes under: their messages are shown on the right
 * @param title the title of the list of conversations, or {@code null} for the default ("Our chats")
 * @param messagesPerPage how many messages one page holds; a long chat becomes several pages
 * @param largePrint whether pages open in large print (readers can switch either way)
 * @param madeOn the day the keepsake is made, shown on its first page
 */
public record HtmlKeepsakeOptions(Path directory, Locale locale, Selection selection, Set<String> myNames,
        String title, int messagesPerPage, boolean largePrint, LocalDate madeOn) {

    /** Messages per page unless set: a page opens in a fraction of a second even on an old computer. */
    public static final int DEFAULT_MESSAGES_PER_PAGE = 1000;

    /**
     * Checks and copies.
     *
     * @param directory the folder
     * @param locale the language
     * @param selection the conversations and days
     * @param myNames the user's names
     * @param title the title or {@code null}
     * @param messagesPerPage messages per page, at least 1
     * @param largePrint large print first
     * @param madeOn the day it is made
     */
    public HtmlKeepsakeOptions {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(selection, "selection");
        myNames = Set.copyOf(Objects.requireNonNull(myNames, "myNames"));
        Objects.requireNonNull(madeOn, "madeOn");
        if (messagesPerPage < 1) {
            throw new IllegalArgumentException("messagesPerPage must be positive: " + messagesPerPage);
        }
    }

    /**
     * Everything in the workspace, default title and page size, normal print, made today.
     *
     * @param directory the folder to write
     * @param locale the language of the pages
     * @return the options
     */
    public static HtmlKeepsakeOptions of(Path directory, Locale locale) {
        return new HtmlKeepsakeOptions(directory, locale, Selection.all(), Set.of(), null, DEFAULT_MESSAGES_PER_PAGE,
                false, LocalDate.now());
    }

    /**
     * Returns these options with another selection.
     *
     * @param value the conversations and days
     * @return a copy
     */
    public HtmlKeepsakeOptions withSelection(Selection value) {
        return new HtmlKeepsakeOptions(directory, locale, value, myNames, title, messagesPerPage, largePrint, madeOn);
    }

    /**
     * Returns these options with the user's names.
     *
     * @param value the names (see {@link org.trasloco.keepsake.MyNames})
     * @return a copy
     */
    public HtmlKeepsakeOptions withMyNames(Set<String> value) {
        return new HtmlKeepsakeOptions(directory, locale, selection, value, title, messagesPerPage, largePrint, madeOn);
    }

    /**
     * Returns these options with a title.
     *
     * @param value the title, or {@code null} for the default
     * @return a copy
     */
    public HtmlKeepsakeOptions withTitle(String value) {
        return new HtmlKeepsakeOptions(directory, locale, selection, myNames, value, messagesPerPage, largePrint, madeOn);
    }

    /**
     * Returns these options with another page size.
     *
     * @param value messages per page
     * @return a copy
     */
    public HtmlKeepsakeOptions withMessagesPerPage(int value) {
        return new HtmlKeepsakeOptions(directory, locale, selection, myNames, title, value, largePrint, madeOn);
    }

    /**
     * Returns these options with large print on or off.
     *
     * @param value whether pages open in large print
     * @return a copy
     */
    public HtmlKeepsakeOptions withLargePrint(boolean value) {
        return new HtmlKeepsakeOptions(directory, locale, selection, myNames, title, messagesPerPage, value, madeOn);
    }

    /**
     * Returns these options with another day of making.
     *
     * @param value the day
     * @return a copy
     */
    public HtmlKeepsakeOptions withMadeOn(LocalDate value) {
        return new HtmlKeepsakeOptions(directory, locale, selection, myNames, title, messagesPerPage, largePrint, value);
    }
}
