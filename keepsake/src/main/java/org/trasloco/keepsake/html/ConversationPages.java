package org.trasloco.keepsake.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.KeepsakeText;
import org.trasloco.keepsake.Snippet;
import org.trasloco.keepsake.SelectedMessages;
import org.trasloco.keepsake.Selection;

/**
 * The second read of a conversation: its pages of messages ({@code c/NNNN/pNNNN.html}, day
 * separators, links to the page before and after), its contents page ({@code c/NNNN/index.html},
 * the months with links into the pages) and its part of the search index. One message is in
 * memory at a time, plus a short note for each message that is replied to later.
 */
final class ConversationPages {

    private static final int SNIPPET = 90;

    private final Pages pages;
    private final MessageRenderer renderer;
    private final MediaCopier media;
    private final Path root;
    private final int perPage;

    ConversationPages(Pages pages, MessageRenderer renderer, MediaCopier media, Path root, int perPage) {
        this.pages = pages;
        this.renderer = renderer;
        this.media = media;
        this.root = root;
        this.perPage = perPage;
    }

    /**
     * Writes one conversation.
     *
     * @param progress called with the number of messages written since the last call
     * @return how many pages of messages were written
     */
    int write(Workspace workspace, ConversationPlan plan, String id, Selection selection,
            SearchIndex search, Cancellation cancellation, LongConsumer progress) throws IOException {
        Path folder = Files.createDirectories(root.resolve("c").resolve(id));
        String title = plan.summary().title();
        int pageCount = plan.pages(perPage);
        writeContents(folder.resolve("index.html"), plan, title);
        Map<String, MessageRenderer.ReplyTarget> replied = new HashMap<>();
        long ordinal = 0;
        int page = 0;
        Writer out = null;
        LocalDate day = null;
        StringBuilder html = new StringBuilder(4096);
        try (SelectedMessages messages = SelectedMessages.open(workspace, plan.summary(), selection);
                SearchIndex.Chunks chunks = search.conversation(id, title)) {
            while (messages.hasNext()) {
                Message message = messages.next();
                ordinal++;
                cancellation.throwIfCancelled();
                if (ordinal % 256 == 0) {
                    progress.accept(256);
                }
                if (ConversationPlan.pageOf(ordinal, perPage) != page) {
                    if (out != null) {
                        endPage(out, page, pageCount);
                    }
                    page++;
                    out = startPage(folder, title, id, page, pageCount);
                    day = null;
                }
                if (!message.timestamp().toLocalDate().equals(day)) {
                    day = message.timestamp().toLocalDate();
                    html.append("<h2 class=\"day\" id=\"d").append(day).append("\"><span>")
                            .append(Html.escape(pages.day(message.timestamp()))).append("</span></h2>\n");
                }
                MessageRenderer.ReplyTarget reply = message.replyTo() == null ? null : replied.get(message.replyTo());
                renderer.render(html, message, ordinal, reply, files(plan, id, ordinal, message));
                out.write(html.toString());
                html.setLength(0);
                if (plan.isRepliedTo(message.platformId())) {
                    replied.put(message.platformId(), new MessageRenderer.ReplyTarget(
                            "p" + number(ConversationPlan.pageOf(ordinal, perPage)) + ".html#m" + ordinal,
                            message.author(), Snippet.of(message.text(), SNIPPET)));
                }
                chunks.add(ordinal, pages.when(message.timestamp()), message.author(), searchable(message));
            }
            if (out != null) {
                endPage(out, page, pageCount);
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        progress.accept(ordinal % 256);
        return page;
    }

    private List<MessageRenderer.ShownFile> files(ConversationPlan plan, String id, long ordinal, Message message)
            throws IOException {
        if (message.attachments().isEmpty()) {
            return List.of();
        }
        List<MessageRenderer.ShownFile> shown = new ArrayList<>(message.attachments().size());
        int position = 0;
        for (Attachment attachment : message.attachments()) {
            String href = media.copy(plan.summary(), id, ordinal, position++, attachment)
                    .map(path -> "../../" + path).orElse(null);
            shown.add(new MessageRenderer.ShownFile(attachment, href));
        }
        return shown;
    }

    private static String searchable(Message message) {
        if (message.attachments().isEmpty()) {
            return message.text();
        }
        StringBuilder text = new StringBuilder(message.text());
        for (Attachment attachment : message.attachments()) {
            text.append(text.length() == 0 ? "" : "\n").append(attachment.fileName());
        }
        return text.toString();
    }


    private Writer startPage(Path folder, String title, String id, int page, int pageCount) throws IOException {
        Writer out = Files.newBufferedWriter(folder.resolve("p" + number(page) + ".html"), StandardCharsets.UTF_8);
        pages.open(out, title + " · " + pages.text(HtmlText.NAV_PAGE, page, pageCount), "../../", id, crumbs(title));
        out.write("<h1 dir=\"auto\">" + Html.escape(title) + "</h1>\n");
        pager(out, page, pageCount);
        return out;
    }

    private void endPage(Writer out, int page, int pageCount) throws IOException {
        pager(out, page, pageCount);
        pages.close(out);
        out.close();
    }

    private void pager(Writer out, int page, int pageCount) throws IOException {
        out.write("<nav class=\"pager\" aria-label=\"" + Html.escape(pages.text(HtmlText.NAV_LABEL)) + "\"><span>");
        if (page > 1) {
            out.write(Pages.link("p" + number(page - 1) + ".html", pages.text(HtmlText.NAV_OLDER)));
        }
        out.write("</span><span>" + Html.escape(pages.text(HtmlText.NAV_PAGE, page, pageCount)) + "</span><span>");
        if (page < pageCount) {
            out.write(Pages.link("p" + number(page + 1) + ".html", pages.text(HtmlText.NAV_NEWER)));
        }
        out.write("</span></nav>\n");
    }

    private String crumbs(String title) {
        return Pages.link("../../index.html", pages.text(HtmlText.NAV_ALL_CHATS)) + " › "
                + "<bdi>" + Pages.link("index.html", title) + "</bdi>";
    }

    private void writeContents(Path file, ConversationPlan plan, String title) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            pages.open(out, title, "../../", file.getParent().getFileName().toString(), crumbs(title));
            out.write("<h1 dir=\"auto\">" + Html.escape(title) + "</h1>\n<p class=\"intro\">");
            out.write(Html.escape(KeepsakeText.COUNT_MESSAGES.format(pages.locale(), plan.messages())));
            out.write(" · " + Html.escape(KeepsakeText.PERIOD.format(pages.locale(), pages.shortDay(plan.first()),
                    pages.shortDay(plan.last()))));
            out.write("</p>\n<p>" + Pages.link("p0001.html", pages.text(HtmlText.CONTENTS_START)) + "</p>\n");
            out.write("<h2>" + Html.escape(pages.text(HtmlText.CONTENTS_MONTHS)) + "</h2>\n");
            int year = 0;
            for (Map.Entry<YearMonth, ConversationPlan.Month> month : plan.months().entrySet()) {
                if (month.getKey().getYear() != year) {
                    if (year != 0) {
                        out.write("</ul>\n");
                    }
                    year = month.getKey().getYear();
                    out.write("<h3 class=\"year\">" + year + "</h3>\n<ul class=\"months\">\n");
                }
                long first = month.getValue().firstOrdinal();
                out.write("<li>" + Pages.link("p" + number(ConversationPlan.pageOf(first, perPage)) + ".html#m" + first,
                        pages.month(month.getKey())) + " <span class=\"summary\">("
                        + Html.escape(KeepsakeText.COUNT_MESSAGES.format(pages.locale(), month.getValue().messages()))
                        + ")</span></li>\n");
            }
            if (year != 0) {
                out.write("</ul>\n");
            }
            pages.close(out);
        }
    }

    static String number(int page) {
        return String.format(java.util.Locale.ROOT, "%04d", page);
    }
}
