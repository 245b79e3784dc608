package org.trasloco.keepsake.html;

import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What every page of one keepsake shares: the language, the date formats, and the frame around the
 * content (head with the Content-Security-Policy, the bar with navigation, larger text and search).
 */
final class Pages {

    /**
     * Nothing but files of the keepsake itself: no network, no inline script or style, no forms
     * that send anything anywhere, no plugins, no frames.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'";
    /** Stands for the number in texts the script fills in (it puts the real number in its place). */
    static final int SENTINEL_NUMBER = 987_654_321;
    /** Stands for the searched words in texts the script fills in. */
    static final String SENTINEL_TEXT = "\u0001";

    private final Locale locale;
    private final boolean largePrint;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;

    Pages(Locale locale, boolean largePrint) {
        this.locale = locale;
        this.largePrint = largePrint;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.shortDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("LLLL", locale);
    }

    Locale locale() {
        return locale;
    }

    String text(HtmlText key, Object... args) {
        return key.format(locale, args);
    }

    String day(LocalDateTime when) {
        return day.format(when);
    }

    String shortDay(LocalDateTime when) {
        return shortDay.format(when);
    }

    String time(LocalDateTime when) {
        return time.format(when);
    }

    String when(LocalDateTime at) {
        return shortDay.format(at) + ", " + time.format(at);
    }

    String month(java.time.YearMonth yearMonth) {
        String name = month.format(yearMonth);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * Writes the head and the bar.
     *
     * @param out the page
     * @param title the page's title (escaped here)
     * @param root the relative path to the keepsake's top folder, e.g. {@code ../../}
     * @param conversation the conversation's folder name when the page belongs to one (search then
     *     searches it alone), else {@code null}
     * @param crumbs links already escaped, shown left in the bar
     */
    void open(Writer out, String title, String root, String conversation, String crumbs) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"");
        out.write(Html.escape(locale.toLanguageTag()));
        out.write("\" data-root=\"");
        out.write(root);
        out.write('"');
        if (conversation != null) {
            out.write(" data-conversation=\"" + conversation + '"');
        }
        if (largePrint) {
            out.write(" class=\"large\"");
        }
        out.write(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n");
        out.write("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"Trasloco\">\n");
        out.write("<title>" + Html.escape(title) + "</title>\n");
        out.write("<link rel=\"stylesheet\" href=\"" + root + "assets/keepsake.css\">\n");
        out.write("<script src=\"" + root + "assets/keepsake.js\"></script>\n</head>\n<body>\n");
        out.write("<header class=\"bar\">\n<nav class=\"crumbs\" dir=\"auto\">" + crumbs + "</nav>\n");
        out.write("<button type=\"button\" id=\"size\" hidden data-larger=\"" + Html.escape(text(HtmlText.SIZE_LARGER))
                + "\" data-normal=\"" + Html.escape(text(HtmlText.SIZE_NORMAL)) + "\">"
                + Html.escape(text(HtmlText.SIZE_LARGER)) + "</button>\n");
        String placeholder = text(conversation == null ? HtmlText.SEARCH_PLACEHOLDER_ALL
                : HtmlText.SEARCH_PLACEHOLDER_CONVERSATION);
        out.write("<form id=\"search\" class=\"search\" role=\"search\" hidden"
                + attribute("data-loading", text(HtmlText.SEARCH_LOADING))
                + attribute("data-none", text(HtmlText.SEARCH_NONE, SENTINEL_TEXT))
                + attribute("data-count-one", text(HtmlText.SEARCH_COUNT, 1))
                + attribute("data-count-many", withPlainSentinel(text(HtmlText.SEARCH_COUNT, SENTINEL_NUMBER)))
                + attribute("data-more", withPlainSentinel(text(HtmlText.SEARCH_MORE, SENTINEL_NUMBER))) + ">\n");
        out.write("<label for=\"q\" class=\"visually-hidden\">" + Html.escape(text(HtmlText.SEARCH_LABEL)) + "</label>\n");
        out.write("<input id=\"q\" type=\"search\" dir=\"auto\" autocomplete=\"off\""
                + attribute("placeholder", placeholder) + ">\n");
        out.write("<button type=\"submit\">" + Html.escape(text(HtmlText.SEARCH_BUTTON)) + "</button>\n</form>\n");
        out.write("</header>\n<noscript><p class=\"note\">" + Html.escape(text(HtmlText.SEARCH_NO_SCRIPT))
                + "</p></noscript>\n<section id=\"results\" aria-live=\"polite\" hidden></section>\n<main>\n");
    }

    /** The text with the sentinel number written without grouping, as the script looks for it. */
    private String withPlainSentinel(String text) {
        return text.replace(NumberFormat.getIntegerInstance(locale).format(SENTINEL_NUMBER), String.valueOf(SENTINEL_NUMBER));
    }

    /** Closes the page. */
    void close(Writer out) throws IOException {
        out.write("</main>\n</body>\n</html>\n");
    }

    /** A link, escaped: {@code href} is a path the keepsake made, {@code label} any text. */
    static String link(String href, String label) {
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(label) + "</a>";
    }

    private static String attribute(String name, String value) {
        return " " + name + "=\"" + Html.escape(value) + '"';
    }
}
