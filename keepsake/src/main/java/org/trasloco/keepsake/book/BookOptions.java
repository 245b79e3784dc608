package org.trasloco.keepsake.book;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.keepsake.Selection;

/**
 * What the book holds and how it is printed.
 *
 * @param output the PDF file to write (replaced when complete)
 * @param locale the language of the headings and dates
 * @param paper A4 or Letter
 * @param size normal or large print
 * @param selection which conversations and days
 * @param myNames the names the user writes under: their name is printed in the accent colour
 * @param title the book's title, or {@code null} for a default (the conversation's name when there is
 *     one, else "Our chats")
 * @param madeOn the day it is made, printed on the cover
 */
public record BookOptions(Path output, Locale locale, PaperFormat paper, PrintSize size, Selection selection,
        Set<String> myNames, String title, LocalDate madeOn) {

    /**
     * Checks and copies.
     *
     * @param output the PDF
     * @param locale the language
     * @param paper the paper
     * @param size the print size
     * @param selection the conversations and days
     * @param myNames the user's names
     * @param title the title or {@code null}
     * @param madeOn the day it is made
     */
    public BookOptions {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(selection, "selection");
        myNames = Set.copyOf(Objects.requireNonNull(myNames, "myNames"));
        Objects.requireNonNull(madeOn, "madeOn");
    }

    /**
     * Everything, A4, normal print, made today.
     *
     * @param output the PDF
     * @param locale the language
     * @return the options
     */
    public static BookOptions of(Path output, Locale locale) {
        return new BookOptions(output, locale, PaperFormat.A4, PrintSize.NORMAL, Selection.all(), Set.of(), null, LocalDate.now());
    }

    /**
     * Returns these options with another paper and print size.
     *
     * @param newPaper the paper
     * @param newSize the print size
     * @return a copy
     */
    public BookOptions withPrint(PaperFormat newPaper, PrintSize newSize) {
        return new BookOptions(output, locale, newPaper, newSize, selection, myNames, title, madeOn);
    }

    /**
     * Returns these options with another selection.
     *
     * @param value the conversations and days
     * @return a copy
     */
    public BookOptions withSelection(Selection value) {
        return new BookOptions(output, locale, paper, size, value, myNames, title, madeOn);
    }

    /**
     * Returns these options with the user's names.
     *
     * @param value the names
     * @return a copy
     */
    public BookOptions withMyNames(Set<String> value) {
        return new BookOptions(output, locale, paper, size, selection, value, title, madeOn);
    }

    /**
     * Returns these options with a title.
     *
     * @param value the title or {@code null}
     * @return a copy
     */
    public BookOptions withTitle(String value) {
        return new BookOptions(output, locale, paper, size, selection, myNames, value, madeOn);
    }

    /**
     * Returns these options with another day of making.
     *
     * @param value the day
     * @return a copy
     */
    public BookOptions withMadeOn(LocalDate value) {
        return new BookOptions(output, locale, paper, size, selection, myNames, title, value);
    }
}
