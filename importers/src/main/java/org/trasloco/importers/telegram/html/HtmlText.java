package org.trasloco.importers.telegram.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.trasloco.core.history.TextSpan;

/**
 * The text of an HTML message body, as the JSON export would give it: line breaks from {@code <br>},
 * entities decoded, the line break and indentation the exporter puts around every block removed
 * (and nothing else, so spaces that belong to the message survive), and the marked-up parts as
 * {@link TextSpan}s the same way the JSON reader makes them.
 */
final class HtmlText {

    /**
     * A text with its spans.
     *
     * @param text the plain text
     * @param spans its marked-up parts
     */
    record Flat(String text, List<TextSpan> spans) {
    }

    private static final String TELEGRAM_LINKS = "https://t.me/";

    private HtmlText() {
    }

    /**
     * Reads the text of a block element.
     *
     * @param block a {@code div.text} or a service message's {@code div.body}
     * @return its text and spans
     */
    static Flat of(Element block) {
        StringBuilder raw = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        walk(block, raw, spans);
        int start = raw.length() > 0 && raw.charAt(0) == '\n' ? 1 : 0;
        int end = raw.length();
        while (end > start && raw.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start && raw.charAt(end - 1) == '\n') {
            end--;
        } else {
            end = raw.length();
        }
        String text = raw.substring(start, end);
        List<TextSpan> shifted = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            int from = Math.max(0, Math.min(text.length(), span.start() - start));
            int to = Math.max(from, Math.min(text.length(), span.end() - start));
            if (to > from) {
                shifted.add(new TextSpan(span.kind(), from, to, span.target()));
            }
        }
        return new Flat(text, shifted);
    }

    /** The text of an element's own text nodes, without its child elements, stripped. */
    static String ownText(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            }
        }
        return out.toString().strip();
    }

    private static void walk(Element element, StringBuilder out, List<TextSpan> spans) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element inner) {
                if ("br".equals(inner.normalName())) {
                    out.append('\n');
                    continue;
                }
                int start = out.length();
                walk(inner, out, spans);
                if (out.length() > start) {
                    TextSpan span = span(inner, out.substring(start), start, out.length());
                    if (span != null) {
                        spans.add(span);
                    }
                }
            }
        }
    }

    private static TextSpan span(Element element, String text, int start, int end) {
        String format = switch (element.normalName()) {
            case "strong" -> "bold";
            case "em" -> "italic";
            case "u" -> "underline";
            case "s" -> "strikethrough";
            case "code" -> "code";
            case "pre" -> "pre";
            case "blockquote" -> "blockquote";
            case "span" -> element.hasClass("spoiler") ? "spoiler" : null;
            default -> null;
        };
        if (format != null) {
            return new TextSpan(TextSpan.Kind.FORMAT, start, end, format);
        }
        if (!"a".equals(element.normalName())) {
            return null;
        }
        String href = element.attr("href");
        String onclick = element.attr("onclick");
        if (onclick.contains("ShowHashtag") || onclick.contains("ShowCashtag")) {
            return new TextSpan(TextSpan.Kind.TAG, start, end, null);
        }
        if (onclick.contains("ShowMentionName")) {
            return new TextSpan(TextSpan.Kind.MENTION, start, end, null);
        }
        if (!onclick.isEmpty() || href.isEmpty()) {
            return null;
        }
        if (href.startsWith("mailto:")) {
            return new TextSpan(TextSpan.Kind.LINK, start, end, href);
        }
        if (href.startsWith("tel:")) {
            return new TextSpan(TextSpan.Kind.PHONE, start, end, null);
        }
        if (text.startsWith("@") && href.equals(TELEGRAM_LINKS + text.substring(1))) {
            return new TextSpan(TextSpan.Kind.MENTION, start, end, null);
        }
        if (href.equals(text)) {
            return new TextSpan(TextSpan.Kind.LINK, start, end, null);
        }
        // Without a scheme the link is a custom emoji's sticker file or a jump inside the export.
        return href.contains(":") ? new TextSpan(TextSpan.Kind.LINK, start, end, href) : null;
    }
}
