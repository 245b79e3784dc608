package org.trasloco.keepsake.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.TextSpan;
import org.trasloco.keepsake.KeepsakeText;
import org.trasloco.keepsake.MediaKind;

/**
 * One message as HTML: author and time, forward and reply notes, the text with its links, and its
 * files (pictures shown, sounds and videos playable, other files linked). System lines and deleted
 * messages are set apart. Every text from the export is escaped; names and texts carry
 * {@code dir="auto"} so that right-to-left writing shows the right way round.
 */
final class MessageRenderer {

    /**
     * Where a replied-to message is.
     *
     * @param href link to it
     * @param author its author, or {@code null}
     * @param snippet the start of its text
     */
    record ReplyTarget(String href, String author, String snippet) {
    }

    /**
     * A file of the message as the page shows it.
     *
     * @param attachment the attachment
     * @param href the copy's path from the page, or {@code null} when not included
     */
    record ShownFile(Attachment attachment, String href) {
    }

    private static final int AUTHOR_COLOURS = 8;
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\bhttps?://\\S+");
    /** Punctuation that ends a sentence rather than an address. */
    private static final String TRAILING = ".,;:!?)]}'\"";

    private final Pages pages;
    private final Set<String> myNames;

    MessageRenderer(Pages pages, Set<String> myNames) {
        this.pages = pages;
        this.myNames = myNames;
    }

    /** Appends the message. {@code reply} is where its original is, or {@code null}. */
    void render(StringBuilder out, Message message, long ordinal, ReplyTarget reply, List<ShownFile> files) {
        if (message.kind() == MessageKind.SYSTEM) {
            out.append("<p class=\"sys\" id=\"m").append(ordinal).append("\"><span dir=\"auto\">")
                    .append(Html.escape(message.text())).append("</span>");
            time(out, message);
            out.append("</p>\n");
            return;
        }
        boolean mine = message.author() != null && myNames.contains(message.author());
        out.append("<article class=\"msg");
        if (mine) {
            out.append(" mine");
        }
        if (message.kind() == MessageKind.DELETED) {
            out.append(" deleted");
        }
        out.append("\" id=\"m").append(ordinal).append("\">\n<header>");
        if (message.author() != null) {
            out.append("<bdi class=\"author a").append(Math.floorMod(message.author().hashCode(), AUTHOR_COLOURS))
                    .append("\">").append(Html.escape(message.author())).append("</bdi>");
        }
        time(out, message);
        if (message.edited()) {
            out.append("<span>").append(Html.escape(KeepsakeText.MESSAGE_EDITED.format(pages.locale()))).append("</span>");
        }
        out.append("</header>\n");
        if (message.forwardedFrom() != null) {
            note(out, KeepsakeText.MESSAGE_FORWARDED.format(pages.locale(), message.forwardedFrom()));
        }
        if (message.replyTo() != null) {
            reply(out, reply);
        }
        String text = message.text();
        if (message.kind() == MessageKind.DELETED && text.isBlank()) {
            text = KeepsakeText.MESSAGE_DELETED.format(pages.locale());
        }
        if (!text.isEmpty()) {
            out.append("<div class=\"text\" dir=\"auto\">");
            textWithLinks(out, text, message.spans());
            out.append("</div>\n");
        }
        for (ShownFile file : files) {
            file(out, file);
        }
        if (message.mediaOmitted()) {
            out.append("<p class=\"missing\">").append(Html.escape(KeepsakeText.MESSAGE_MEDIA_OMITTED.format(pages.locale())))
                    .append("</p>\n");
        }
        out.append("</article>\n");
    }

    private void time(StringBuilder out, Message message) {
        out.append("<time datetime=\"").append(message.timestamp()).append("\">")
                .append(Html.escape(pages.time(message.timestamp()))).append("</time>");
        if (message.approximateTime()) {
            out.append("<span>(").append(Html.escape(KeepsakeText.MESSAGE_APPROXIMATE_TIME.format(pages.locale())))
                    .append(")</span>");
        }
    }

    private static void note(StringBuilder out, String text) {
        out.append("<p class=\"note\" dir=\"auto\">").append(Html.escape(text)).append("</p>\n");
    }

    private void reply(StringBuilder out, ReplyTarget target) {
        if (target == null) {
            note(out, KeepsakeText.MESSAGE_REPLY_TO_EARLIER.format(pages.locale()));
            return;
        }
        String who = target.author() == null ? "" : target.author();
        out.append("<a class=\"reply\" href=\"").append(Html.escape(target.href())).append("\"><span dir=\"auto\">")
                .append(Html.escape(KeepsakeText.MESSAGE_REPLY_TO.format(pages.locale(), who)))
                .append("</span><br><q dir=\"auto\">").append(Html.escape(target.snippet())).append("</q></a>\n");
    }

    private void file(StringBuilder out, ShownFile file) {
        Attachment attachment = file.attachment();
        MediaKind kind = MediaKind.of(attachment);
        String label = describe(kind, attachment.fileName());
        if (file.href() == null) {
            out.append("<p class=\"missing\" dir=\"auto\">")
                    .append(Html.escape(KeepsakeText.ATTACHMENT_NOT_INCLUDED.format(pages.locale(), label))).append("</p>\n");
            return;
        }
        String href = Html.escape(file.href());
        switch (kind) {
            case PHOTO -> out.append("<figure><a href=\"").append(href).append("\"><img src=\"").append(href)
                    .append("\" alt=\"").append(Html.escape(label)).append("\" loading=\"lazy\"></a></figure>\n");
            case AUDIO -> out.append("<p class=\"file\"><audio controls preload=\"metadata\" src=\"").append(href)
                    .append("\" aria-label=\"").append(Html.escape(label)).append("\"></audio><br><a href=\"")
                    .append(href).append("\">").append(Html.escape(label)).append("</a></p>\n");
            case VIDEO -> out.append("<p class=\"file\"><video controls preload=\"metadata\" src=\"").append(href)
                    .append("\" aria-label=\"").append(Html.escape(label)).append("\"></video><br><a href=\"")
                    .append(href).append("\">").append(Html.escape(label)).append("</a></p>\n");
            case FILE -> out.append("<p class=\"file\"><a href=\"").append(href).append("\">")
                    .append(Html.escape(pages.text(HtmlText.MEDIA_OPEN, label))).append("</a></p>\n");
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private String describe(MediaKind kind, String fileName) {
        KeepsakeText key = switch (kind) {
            case PHOTO -> KeepsakeText.ATTACHMENT_PHOTO;
            case VIDEO -> KeepsakeText.ATTACHMENT_VIDEO;
            case AUDIO -> KeepsakeText.ATTACHMENT_AUDIO;
            case FILE -> KeepsakeText.ATTACHMENT_FILE;
        };
        return key.format(pages.locale(), fileName);
    }

    /**
     * The text, escaped, with its web and mail links clickable: the links the export marked
     * (Telegram), or else the web addresses written in the text (WhatsApp marks none).
     */
    static void textWithLinks(StringBuilder out, String text, List<TextSpan> spans) {
        List<TextSpan> links = new ArrayList<>();
        for (TextSpan span : spans) {
            if (span.kind() == TextSpan.Kind.LINK && span.end() <= text.length()) {
                links.add(span);
            }
        }
        if (links.isEmpty() && text.contains("://")) {
            Matcher address = WEB_ADDRESS.matcher(text);
            while (address.find()) {
                int end = address.end();
                while (end > address.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                links.add(new TextSpan(TextSpan.Kind.LINK, address.start(), end, null));
            }
        }
        links.sort(Comparator.comparingInt(TextSpan::start));
        int at = 0;
        for (TextSpan link : links) {
            if (link.start() < at) {
                continue;
            }
            String shown = text.substring(link.start(), link.end());
            String target = link.target() != null ? link.target() : shown;
            if (!Html.isSafeLink(target)) {
                continue;
            }
            out.append(Html.escape(text.substring(at, link.start())));
            out.append("<a href=\"").append(Html.escape(target.strip())).append("\" rel=\"noopener noreferrer\">")
                    .append(Html.escape(shown)).append("</a>");
            at = link.end();
        }
        out.append(Html.escape(text.substring(at)));
    }
}
