package org.trasloco.importers.telegram.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.telegram.chat.ChatWriter;
import org.trasloco.importers.telegram.chat.MediaWords;
import org.trasloco.importers.telegram.chat.TelegramMessages;
import org.trasloco.importers.telegram.chat.TelegramPhrases;

/**
 * One chat of an HTML export, read page by page (one page, at most 1000 messages, in memory at a
 * time). HTML is not line based: messages carry no source line.
 *
 * <p>The author of a "joined" message is that of the message before it on the same page (the
 * exporter only joins messages of one sender, one day and one page); a forward without its header
 * likewise takes the forward name before it. Service lines have no time of their own: they get the
 * time of the message before them, or the start of their day when a date separator lies between,
 * and are marked approximate. Calls, which the HTML shows as ordinary messages, become system lines
 * as in the JSON export.
 */
final class HtmlChat {

    private static final Pattern GO_TO_MESSAGE = Pattern.compile("go_to_message(-?\\d+)");
    private static final Pattern VIA_BOT = Pattern.compile("\\s+via @\\w+$");
    private static final Pattern CALL_STATUS = Pattern.compile("(\\S+)(?: \\((\\d+) seconds\\))?");
    private static final List<String> CALL_STATUSES = List.of("outgoing", "incoming", "missed", "cancelled", "declined");
    private static final List<String> FILE_CLASSES = List.of("media_photo", "media_video", "media_voice_message",
            "media_audio_file", "media_file");
    private static final List<String> FILE_LINKS = List.of("photo_wrap", "sticker_wrap", "animated_wrap",
            "video_file_wrap", "media");
    /** The blocks Telegram writes in a message body; anything else there comes from a damaged page. */
    private static final List<String> BODY_BLOCKS = List.of("date", "from_name", "reply_to", "media_wrap", "text",
            "forwarded", "signature", "reactions", "userpic_wrap", "via_bot");
    private static final int TRACKED_PARSE_ERRORS = 1000;
    /** Date separators count down from -1; messages of a migrated group are below -900 000 000. */
    private static final long SEPARATOR_LIMIT = -500_000_000L;

    private final HtmlRead read;
    private final ConversationKind listedKind;
    private ChatWriter writer;
    private String page;
    private Path pagePath;
    private LocalDateTime lastTimestamp;
    private Instant lastInstant;
    private LocalDate separatorDay;
    private ZoneOffset pageOffset;
    private boolean damaged;
    private ConversationKind evidence;
    private String previousAuthor;
    private String previousForward;

    /**
     * A chat to read.
     *
     * @param read the read it belongs to
     * @param listedKind the kind the export's list of chats states, or {@code null} to infer it
     */
    HtmlChat(HtmlRead read, ConversationKind listedKind) {
        this.read = read;
        this.listedKind = listedKind;
    }

    /** Reads all pages of the chat, in order, and ends the conversation. */
    void read(List<Path> pages) throws IOException {
        for (Path path : pages) {
            page = read.files.label(path);
            pagePath = path;
            byte[] bytes = Files.readAllBytes(path);
            String html = new String(bytes, StandardCharsets.UTF_8);
            Parser parser = Parser.htmlParser().setTrackErrors(TRACKED_PARSE_ERRORS);
            Document document = parser.parseInput(html, "");
            Element history = document.selectFirst("div.history");
            if (history == null) {
                throw InputErrors.badInput(TelegramMessages.NOT_A_CHAT_PAGE, page);
            }
            if (writer == null) {
                start(document);
            }
            damaged = !parser.getErrors().isEmpty();
            if (damaged) {
                reportDamage(html, parser.getErrors());
            }
            Element firstTime = document.selectFirst("div.message div.date.details[title]");
            List<Element> items = messagesOf(document);
            if (!html.stripTrailing().endsWith("</html>")) {
                cutShort(html, items);
            }
            HtmlTime pageTime = firstTime == null ? null : HtmlTime.parse(firstTime.attr("title"));
            pageOffset = pageTime == null ? null : pageTime.standardOffset();
            previousAuthor = null;
            previousForward = null;
            for (Element item : items) {
                message(item);
            }
            read.pageRead(bytes.length);
        }
        if (writer == null) {
            return;
        }
        ConversationKind kind = listedKind != null ? listedKind
                : evidence != null ? evidence
                : writer.authors() > 2 ? ConversationKind.GROUP : ConversationKind.DIRECT;
        writer.end(kind);
    }

    /**
     * Every message of a page, each detached from the others. On a damaged page a stray closing tag
     * can push the messages after it out of the history block, and a missing one can nest a
     * message inside another; taking every message element of the page, in page order, reads them
     * all either way.
     */
    private static List<Element> messagesOf(Document document) {
        List<Element> items = new ArrayList<>(document.select("div.message"));
        for (Element item : items) {
            item.remove();
        }
        return items;
    }

    /** Says where the page breaks the rules of HTML, which a page written by Telegram never does. */
    private void reportDamage(String html, ParseErrorList errors) {
        int position = Math.min(html.length(), Math.max(0, errors.get(0).getPosition()));
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < position; i++) {
            if (html.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        read.notes.warn(TelegramMessages.WARN_PAGE_DAMAGED, page, line, errors.size(), line, position - lineStart + 1);
    }

    /** The page ends before its closing tags: its last message may be incomplete and is left out. */
    private void cutShort(String html, List<Element> items) {
        long lines = html.lines().count();
        if (!items.isEmpty()) {
            items.remove(items.size() - 1);
        }
        long readable = read.messages() + items.size();
        if (!read.acceptPartial) {
            throw InputErrors.badInput(TelegramMessages.TRUNCATED, page, lines, readable);
        }
        read.markPartial();
        read.notes.warn(TelegramMessages.WARN_TRUNCATED, page, lines, page, lines, readable);
    }

    private void start(Document document) {
        Element header = document.selectFirst(".page_header .text.bold");
        String title = header == null ? "" : header.text().strip();
        read.clock.startConversation();
        writer = new ChatWriter(read.sink, new Conversation(Network.TELEGRAM, read.keyFor(title), title,
                listedKind == null ? ConversationKind.DIRECT : listedKind));
    }

    private void message(Element item) {
        long id = id(item);
        if (item.hasClass("service")) {
            if (id < 0 && id > SEPARATOR_LIMIT) {
                LocalDate day = HtmlTime.day(child(item, "body") == null ? "" : child(item, "body").text());
                if (day != null) {
                    separatorDay = day;
                }
            } else {
                service(item, id);
            }
            previousAuthor = null;
            previousForward = null;
            return;
        }
        ordinary(item, id);
    }

    private void service(Element item, long id) {
        Element body = child(item, "body");
        if (body == null || id == Long.MIN_VALUE) {
            read.notes.warn(TelegramMessages.WARN_MESSAGE_SKIPPED, page, 0);
            return;
        }
        LocalDateTime timestamp;
        Instant instant;
        if (lastTimestamp != null && (separatorDay == null || !separatorDay.isAfter(lastTimestamp.toLocalDate()))) {
            timestamp = lastTimestamp;
            instant = lastInstant;
        } else if (separatorDay != null) {
            timestamp = separatorDay.atStartOfDay();
            instant = instant(timestamp, pageOffset);
        } else {
            read.notes.warn(TelegramMessages.WARN_MESSAGE_SKIPPED, page, 0);
            return;
        }
        HtmlText.Flat text = HtmlText.of(body);
        if (evidence != ConversationKind.CHANNEL) {
            ConversationKind shown = ServiceEvidence.of(text.text());
            evidence = shown != null ? shown : evidence;
        }
        Message.Builder message = writer.next(Long.toString(id), instant)
                .timestamp(timestamp)
                .approximateTime(true)
                .kind(MessageKind.SYSTEM)
                .text(text.text())
                .replyTo(target(body));
        write(message);
    }

    private void ordinary(Element item, long id) {
        Element body = child(item, "body");
        Element date = body == null ? null : child(body, "date");
        HtmlTime time = date == null ? null : HtmlTime.parse(date.attr("title"));
        if (time == null || id == Long.MIN_VALUE) {
            read.notes.warn(TelegramMessages.WARN_MESSAGE_SKIPPED, page, 0);
            return;
        }
        Instant instant = instant(time.wallClock(), time.standardOffset());
        lastTimestamp = time.wallClock();
        lastInstant = instant;

        Element from = child(body, "from_name");
        String author = from != null ? VIA_BOT.matcher(HtmlText.ownText(from)).replaceFirst("")
                : item.hasClass("joined") ? previousAuthor : null;
        previousAuthor = author;
        Element forwarded = null;
        for (Element child : body.children()) {
            if (child.hasClass("forwarded") && child.hasClass("body")) {
                forwarded = child;
                break;
            }
        }
        String forwardedFrom = null;
        if (forwarded != null) {
            Element original = child(forwarded, "from_name");
            forwardedFrom = original != null ? VIA_BOT.matcher(HtmlText.ownText(original)).replaceFirst("")
                    : previousForward;
        }
        previousForward = forwardedFrom;
        Element content = forwarded != null ? forwarded : body;

        Message.Builder message = writer.next(Long.toString(id), instant)
                .timestamp(time.wallClock())
                .forwardedFrom(forwardedFrom);
        Element replyTo = child(content, "reply_to");
        if (replyTo != null) {
            message.replyTo(target(replyTo));
        }
        Element media = child(content, "media_wrap");
        Element call = media == null ? null : media.selectFirst(".media_call");
        if (call != null) {
            message.kind(MessageKind.SYSTEM).text(callText(call));
            write(message);
            return;
        }
        message.author(author);
        Element text = child(content, "text");
        String written = "";
        if (text != null) {
            HtmlText.Flat flat = HtmlText.of(text);
            written = flat.text();
            flat.spans().forEach(message::span);
        }
        String stray = damaged ? strayText(content) : "";
        if (!stray.isEmpty()) {
            written = written.isEmpty() ? stray : written + "\n" + stray;
            read.notes.warn(TelegramMessages.WARN_TEXT_RECOVERED, page, 0, id);
        }
        message.text(MediaWords.withCaption(written, media == null ? written.isEmpty() ? read.words.notExported() : null
                : HtmlMedia.describe(media, written, read.words)));
        if (media != null) {
            media(media, Long.toString(id), message);
        }
        write(message);
    }

    /**
     * Text that a damaged page left in a message's body outside every block Telegram writes there
     * (a stray closing tag ends the text block early, and what follows lands beside it).
     */
    private static String strayText(Element content) {
        StringBuilder stray = new StringBuilder();
        for (Node node : content.childNodes()) {
            String part = "";
            if (node instanceof TextNode textNode) {
                part = textNode.getWholeText().strip();
            } else if (node instanceof Element element && BODY_BLOCKS.stream().noneMatch(element::hasClass)) {
                part = HtmlText.of(element).text().strip();
            }
            if (!part.isEmpty()) {
                stray.append(stray.length() > 0 ? "\n" : "").append(part);
            }
        }
        return stray.toString();
    }

    private void media(Element wrap, String messageId, Message.Builder message) {
        boolean file = false;
        for (Element link : wrap.select("a[href]")) {
            String href = link.attr("href");
            if (href.contains(":") || FILE_LINKS.stream().noneMatch(link::hasClass)) {
                continue;
            }
            String path = read.files.relativeToRoot(pagePath, href, messageId);
            message.attachment(read.files.attachment(path, null, page, messageId));
            file = true;
        }
        if (!file) {
            Element placeholder = wrap.selectFirst("div.media");
            message.mediaOmitted(placeholder != null && FILE_CLASSES.stream().anyMatch(placeholder::hasClass));
        }
    }

    private static String callText(Element call) {
        Element status = call.selectFirst(".status");
        String written = status == null ? "" : status.text().strip();
        Matcher matcher = CALL_STATUS.matcher(written);
        if (matcher.matches()) {
            for (String key : CALL_STATUSES) {
                if (TelegramPhrases.format("call." + key).equals(matcher.group(1))) {
                    long seconds = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
                    return TelegramPhrases.call(key, seconds);
                }
            }
        }
        return TelegramPhrases.format("call.text", written);
    }

    private Instant instant(LocalDateTime wallClock, ZoneOffset standardOffset) {
        return standardOffset != null ? read.clock.withStandardOffset(wallClock, standardOffset, page)
                : read.clock.withoutZone(wallClock, page);
    }

    private void write(Message.Builder message) {
        writer.write(message.build());
        read.messageWritten();
    }

    /** The message a reply or a pin points at: the number in its {@code go_to_message} link. */
    private static String target(Element element) {
        Element link = element.selectFirst("a[href*=go_to_message]");
        if (link == null) {
            return null;
        }
        Matcher matcher = GO_TO_MESSAGE.matcher(link.attr("href"));
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The id in {@code id="message123"}, or {@link Long#MIN_VALUE} when there is none. */
    private static long id(Element item) {
        String id = item.id();
        if (!id.startsWith("message")) {
            return Long.MIN_VALUE;
        }
        try {
            return Long.parseLong(id.substring("message".length()));
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The first direct child carrying a class. */
    private static Element child(Element parent, String className) {
        for (Element child : parent.children()) {
            if (child.hasClass(className)) {
                return child;
            }
        }
        return null;
    }
}
