package org.trasloco.bench.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic single-chat HTML export of many pages ({@code messages.html},
 * {@code messages2.html}, …) in Telegram Desktop's layout: date separators, joined messages of one
 * sender, service lines, replies, photo links, "Previous/Next messages" links between pages.
 */
final class HtmlExportGenerator {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String[] PEOPLE = {"Mira Volkova", "Jess Moreau", "Tomás Ruiz", "Ines Duarte", "Ana Lima"};

    private final SyntheticText text;

    HtmlExportGenerator(long seed) {
        this.text = new SyntheticText(seed);
    }

    /**
     * Writes the pages of one chat.
     *
     * @param folder the export folder, created if missing
     * @param pages how many pages
     * @param perPage messages per page (Telegram Desktop writes 1000)
     * @return how many messages were written
     */
    long write(Path folder, int pages, int perPage) throws IOException {
        Files.createDirectories(folder);
        long time = Instant.parse("2016-01-01T08:00:00Z").getEpochSecond();
        long id = 0;
        int separator = 0;
        for (int page = 1; page <= pages; page++) {
            StringBuilder html = new StringBuilder(perPage * 1_600);
            head(html, page);
            String previousDay = null;
            String previousAuthor = null;
            long previousTime = 0;
            for (int n = 0; n < perPage; n++) {
                time += 1 + text.nextInt(900);
                id++;
                LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(time), ZONE);
                String day = DAY.format(local);
                if (!day.equals(previousDay)) {
                    html.append("\n     <div class=\"message service\" id=\"message-").append(++separator)
                            .append("\">\n\n      <div class=\"body details\">\n").append(day).append("\n      </div>\n\n     </div>\n");
                    previousDay = day;
                    previousAuthor = null;
                }
                if (text.nextInt(50) == 0) {
                    html.append("\n     <div class=\"message service\" id=\"message").append(id)
                            .append("\">\n\n      <div class=\"body details\">\n").append(PEOPLE[text.nextInt(PEOPLE.length)])
                            .append(" pinned <a href=\"#go_to_message").append(Math.max(1, id - 1))
                            .append("\" onclick=\"return GoToMessage(").append(Math.max(1, id - 1))
                            .append(")\">this message</a>\n      </div>\n\n     </div>\n");
                    previousAuthor = null;
                    continue;
                }
                String author = text.nextInt(3) == 0 && previousAuthor != null ? previousAuthor : PEOPLE[text.nextInt(PEOPLE.length)];
                boolean joined = author.equals(previousAuthor) && time - previousTime <= 900;
                message(html, id, local, author, joined, n > 0 && text.nextInt(10) == 0 ? id - 1 : 0);
                previousAuthor = author;
                previousTime = time;
            }
            tail(html, page, pages);
            Files.writeString(folder.resolve(page == 1 ? "messages.html" : "messages" + page + ".html"), html,
                    StandardCharsets.UTF_8);
        }
        return id;
    }

    private void message(StringBuilder html, long id, LocalDateTime local, String author, boolean joined, long replyTo) {
        html.append("\n     <div class=\"message default clearfix").append(joined ? " joined" : "").append("\" id=\"message")
                .append(id).append("\">\n");
        if (!joined) {
            html.append("\n      <div class=\"pull_left userpic_wrap\">\n\n       <div class=\"userpic userpic2\" "
                    + "style=\"width: 42px; height: 42px\">\n\n        <div class=\"initials\" style=\"line-height: 42px\">\n")
                    .append(author.charAt(0)).append("\n        </div>\n\n       </div>\n\n      </div>\n");
        }
        html.append("\n      <div class=\"body\">\n\n       <div class=\"pull_right date details\" title=\"")
                .append(TITLE.format(local)).append(" UTC+01:00\">\n").append(HOUR.format(local)).append("\n       </div>\n");
        if (!joined) {
            html.append("\n       <div class=\"from_name\">\n").append(author).append("\n       </div>\n");
        }
        if (replyTo > 0) {
            html.append("\n       <div class=\"reply_to details\">\nIn reply to <a href=\"#go_to_message").append(replyTo)
                    .append("\" onclick=\"return GoToMessage(").append(replyTo).append(")\">this message</a>\n       </div>\n");
        }
        if (text.nextInt(10) == 0) {
            String photo = "photos/photo_" + id + "@01-01-2016_09-00-00.jpg";
            html.append("\n       <div class=\"media_wrap clearfix\">\n\n        <a class=\"photo_wrap clearfix pull_left\" href=\"")
                    .append(photo).append("\">\n\n         <img class=\"photo\" src=\"").append(photo.replace(".jpg", "_thumb.jpg"))
                    .append("\" style=\"width: 260px; height: 195px\"/>\n\n        </a>\n\n       </div>\n");
        }
        html.append("\n       <div class=\"text\">\n");
        escape(html, text.next(120 + text.nextInt(200)));
        html.append("\n       </div>\n\n      </div>\n\n     </div>\n");
    }

    private static void escape(StringBuilder html, List<SyntheticText.Part> parts) {
        for (SyntheticText.Part part : parts) {
            String open = switch (part.type()) {
                case "bold" -> "<strong>";
                case "link" -> "<a href=\"" + part.text() + "\">";
                case "mention" -> "<a href=\"https://t.me/" + part.text().substring(1) + "\">";
                default -> "";
            };
            html.append(open);
            for (int i = 0; i < part.text().length(); i++) {
                char c = part.text().charAt(i);
                switch (c) {
                    case '\n' -> html.append("<br>");
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&apos;");
                    default -> {
                        if (c < 0x20) {
                            html.append("&#x").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16))).append(';');
                        } else {
                            html.append(c);
                        }
                    }
                }
            }
            html.append(open.isEmpty() ? "" : "bold".equals(part.type()) ? "</strong>" : "</a>");
        }
    }

    private static void head(StringBuilder html, int page) {
        html.append("<!DOCTYPE html>\n<html>\n\n <head>\n\n  <meta charset=\"utf-8\"/>\n<title>Exported Data</title>\n"
                + "  <meta content=\"width=device-width, initial-scale=1.0\" name=\"viewport\"/>\n\n"
                + "  <link href=\"css/style.css\" rel=\"stylesheet\"/>\n\n </head>\n\n <body onload=\"CheckLocation();\">\n\n"
                + "  <div class=\"page_wrap\">\n\n   <div class=\"page_header\">\n\n    <div class=\"content\">\n\n"
                + "     <div class=\"text bold\">\nBenchmark Group \n     </div>\n\n    </div>\n\n   </div>\n\n"
                + "   <div class=\"page_body chat_page\">\n\n    <div class=\"history\">\n");
        if (page > 1) {
            html.append("\n     <a class=\"pagination block_link\" href=\"messages").append(page == 2 ? "" : page - 1)
                    .append(".html\">\nPrevious messages\n     </a>\n");
        }
    }

    private static void tail(StringBuilder html, int page, int pages) {
        if (page < pages) {
            html.append("\n     <a class=\"pagination block_link\" href=\"messages").append(page + 1)
                    .append(".html\">\nNext messages\n     </a>\n");
        }
        html.append("\n    </div>\n\n   </div>\n\n  </div>\n\n </body>\n\n</html>\n");
    }
}
