package org.trasloco.keepsake.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.trasloco.keepsake.KeepsakeText;

/** The keepsake's first page: the list of conversations with their people, period and count. */
final class IndexPage {

    /**
     * The people of a conversation as the list shows them.
     *
     * @param named the first few names, most active first
     * @param more how many more there are
     */
    record People(List<String> named, int more) {
    }

    /**
     * One conversation in the list.
     *
     * @param id its folder name
     * @param plan what it holds
     * @param people who wrote in it
     */
    record Row(String id, ConversationPlan plan, People people) {
    }

    private final Pages pages;
    private final HtmlKeepsakeOptions options;

    IndexPage(Pages pages, HtmlKeepsakeOptions options) {
        this.pages = pages;
        this.options = options;
    }

    void write(Path file, List<Row> rows, long messages) throws IOException {
        String title = options.title() != null ? options.title() : pages.text(HtmlText.INDEX_TITLE);
        try (Writer out = HtmlKeepsake.open(file)) {
            pages.open(out, title, "", null, "<bdi>" + Html.escape(title) + "</bdi>");
            out.write("<h1 dir=\"auto\">" + Html.escape(title) + "</h1>\n<p class=\"intro\">");
            String madeOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(pages.locale()).format(options.madeOn());
            out.write(Html.escape(pages.text(HtmlText.INDEX_INTRO, rows.size(), messages, madeOn)) + " ");
            out.write(Html.escape(pages.text(HtmlText.INDEX_OFFLINE)) + "</p>\n");
            out.write("<table class=\"chats\">\n<thead><tr><th scope=\"col\">" + Html.escape(pages.text(HtmlText.COLUMN_CONVERSATION))
                    + "</th><th scope=\"col\">" + Html.escape(pages.text(HtmlText.COLUMN_PEOPLE))
                    + "</th><th scope=\"col\">" + Html.escape(pages.text(HtmlText.COLUMN_PERIOD))
                    + "</th><th scope=\"col\">" + Html.escape(pages.text(HtmlText.COLUMN_MESSAGES)) + "</th></tr></thead>\n<tbody>\n");
            for (Row row : rows) {
                ConversationPlan plan = row.plan();
                out.write("<tr><td class=\"title\"><bdi>" + Pages.link("c/" + row.id() + "/index.html", plan.summary().title())
                        + "</bdi></td><td>" + people(row.people()) + "</td><td>"
                        + Html.escape(KeepsakeText.PERIOD.format(pages.locale(), pages.shortDay(plan.first()),
                                pages.shortDay(plan.last())))
                        + "</td><td class=\"count\">" + Html.escape(String.format(pages.locale(), "%,d", plan.messages()))
                        + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n");
            pages.close(out);
        }
    }

    private String people(People people) {
        StringBuilder html = new StringBuilder();
        for (String name : people.named()) {
            if (html.length() > 0) {
                html.append(", ");
            }
            html.append("<bdi>").append(Html.escape(name)).append("</bdi>");
        }
        if (people.more() > 0) {
            html.append(' ').append(Html.escape(KeepsakeText.PEOPLE_MORE.format(pages.locale(), people.more())));
        }
        return html.toString();
    }
}
