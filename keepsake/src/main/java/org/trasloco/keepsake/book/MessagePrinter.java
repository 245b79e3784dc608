package org.trasloco.keepsake.book;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;
import org.trasloco.keepsake.KeepsakeText;
import org.trasloco.keepsake.Snippet;
import org.trasloco.keepsake.MediaKind;

/**
 * Prints one message at a time into the book: a line with the author and the time, notes for a
 * forward or a reply, the text (right-to-left paragraphs set from the right), photos inline and a
 * line naming each other file. System lines are centred and grey; deleted messages grey. Remembers
 * the last few thousand messages by id, so that a reply can quote what it answers.
 */
final class MessagePrinter {

    private static final Rgb[] AUTHOR_COLOURS = {Rgb.hex(0x0F766E), Rgb.hex(0x9A3412), Rgb.hex(0x1D4ED8),
        Rgb.hex(0x7E22CE), Rgb.hex(0xBE123C), Rgb.hex(0x4D7C0F), Rgb.hex(0xA16207), Rgb.hex(0x0E7490)};
    private static final int REMEMBERED = 5000;
    private static final int SNIPPET = 80;

    private final BookPages pages;
    private final Photos photos;
    private final Locale locale;
    private final Set<String> myNames;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;
    private final Map<String, String> recent = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    MessagePrinter(BookPages pages, Photos photos, Locale locale, Set<String> myNames) {
        this.pages = pages;
        this.photos = photos;
        this.locale = locale;
        this.myNames = myNames;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    }

    /** Prints a day's heading. */
    void day(LocalDate date) {
        BookTheme theme = pages.theme;
        List<TextLine> lines = pages.wrap(Span.of(day.format(date), pages.style(true, theme.small(), Rgb.ACCENT_DARK)),
                pages.width());
        pages.ensure(theme.gap() * 2 + org.trasloco.invites.typeset.TextLayout.height(lines) + theme.body() * 3);
        pages.down(theme.gap());
        pages.centred(lines);
        pages.down(theme.gap() * 0.6f);
    }

    void print(ConversationSummary conversation, Message message) {
        BookTheme theme = pages.theme;
        if (message.kind() == MessageKind.SYSTEM) {
            List<TextLine> lines = pages.wrap(Span.of(message.text(), pages.style(false, theme.small(), Rgb.MUTED)),
                    pages.width() * 0.85f);
            pages.ensure(lines.get(0).height());
            pages.centred(lines);
            pages.down(theme.gap());
            return;
        }
        boolean mine = message.author() != null && myNames.contains(message.author());
        List<Span> head = new ArrayList<>();
        if (message.author() != null) {
            head.add(new Span(message.author(), pages.style(true, theme.small(), mine ? Rgb.ACCENT_DARK : colour(message.author()))));
            head.add(new Span("  ", pages.style(false, theme.small(), Rgb.MUTED)));
        }
        String when = time.format(message.timestamp());
        if (message.edited()) {
            when += " · " + KeepsakeText.MESSAGE_EDITED.format(locale);
        }
        if (message.approximateTime()) {
            when += " (" + KeepsakeText.MESSAGE_APPROXIMATE_TIME.format(locale) + ")";
        }
        head.add(new Span(when, pages.style(false, theme.small(), Rgb.MUTED)));
        List<TextLine> headLines = pages.wrap(head, pages.width());
        String text = message.text();
        if (message.kind() == MessageKind.DELETED && text.isBlank()) {
            text = KeepsakeText.MESSAGE_DELETED.format(locale);
        }
        TextStyle body = pages.style(false, theme.body(), message.kind() == MessageKind.DELETED ? Rgb.MUTED : Rgb.INK);
        List<TextLine> textLines = text.isEmpty() ? List.of() : pages.wrap(Span.of(text, body), pages.width());
        float firstLine = textLines.isEmpty() ? 0 : textLines.get(0).height();
        pages.ensure(org.trasloco.invites.typeset.TextLayout.height(headLines) + firstLine);
        pages.lines(headLines, pages.left(), pages.width(), false);
        TextStyle note = pages.style(false, theme.small(), Rgb.MUTED);
        if (message.forwardedFrom() != null) {
            pages.lines(pages.wrap(Span.of(KeepsakeText.MESSAGE_FORWARDED.format(locale, message.forwardedFrom()), note),
                    pages.width()), pages.left(), pages.width(), false);
        }
        if (message.replyTo() != null) {
            String quoted = recent.get(message.replyTo());
            String reply = quoted == null ? KeepsakeText.MESSAGE_REPLY_TO_EARLIER.format(locale) : quoted;
            pages.lines(pages.wrap(Span.of("↩ " + reply, note), pages.width()), pages.left(), pages.width(),
                    BidiText.isRightToLeft(reply));
        }
        pages.lines(textLines, pages.left(), pages.width(), BidiText.isRightToLeft(text));
        for (Attachment attachment : message.attachments()) {
            attachment(conversation, attachment, note);
        }
        if (message.mediaOmitted()) {
            pages.lines(pages.wrap(Span.of("[" + KeepsakeText.MESSAGE_MEDIA_OMITTED.format(locale) + "]", note), pages.width()),
                    pages.left(), pages.width(), false);
        }
        pages.down(theme.gap());
        if (message.platformId() != null) {
            recent.put(message.platformId(), KeepsakeText.MESSAGE_REPLY_TO.format(locale,
                    message.author() == null ? "" : message.author()) + ": " + Snippet.of(message.text(), SNIPPET));
        }
    }

    private void attachment(ConversationSummary conversation, Attachment attachment, TextStyle note) {
        MediaKind kind = MediaKind.of(attachment);
        if (kind == MediaKind.PHOTO) {
            Optional<PDImageXObject> image = photos.load(conversation, attachment);
            if (image.isPresent()) {
                photo(image.get());
                return;
            }
        }
        KeepsakeText label = switch (kind) {
            case PHOTO -> KeepsakeText.ATTACHMENT_PHOTO;
            case VIDEO -> KeepsakeText.ATTACHMENT_VIDEO;
            case AUDIO -> KeepsakeText.ATTACHMENT_AUDIO;
            case FILE -> KeepsakeText.ATTACHMENT_FILE;
        };
        String line = label.format(locale, attachment.fileName());
        if (kind == MediaKind.PHOTO) {
            line = KeepsakeText.ATTACHMENT_NOT_INCLUDED.format(locale, line);
        }
        pages.lines(pages.wrap(Span.of("[" + line + "]", note), pages.width()), pages.left(), pages.width(), false);
    }

    private void photo(PDImageXObject image) {
        float maxWidth = pages.width() * 0.75f;
        float maxHeight = pages.textHeight() * pages.theme.photoHeight();
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        pages.ensure(height + pages.theme.gap());
        pages.down(pages.theme.gap() * 0.5f);
        pages.canvas().image(image, pages.left(), pages.y() - height, width, height);
        pages.down(height + pages.theme.gap() * 0.5f);
    }

    private static Rgb colour(String author) {
        return AUTHOR_COLOURS[Math.floorMod(author.hashCode(), AUTHOR_COLOURS.length)];
    }

}
