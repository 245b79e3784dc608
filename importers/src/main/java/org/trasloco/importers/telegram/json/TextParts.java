package org.trasloco.importers.telegram.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.trasloco.core.history.TextSpan;

/**
 * Flattens a message text the way Telegram Desktop writes it ({@code text} as a string or as an
 * array mixing strings and entity objects, or {@code text_entities}, always objects, written from the
 * same parts) into plain text, keeping link targets, mentions and formatting as {@link TextSpan}s.
 * An array is flattened while it is parsed, without building its parts first.
 *
 * <p>Spans: {@code link} and {@code text_link} become links (the target only when it differs from
 * the text), {@code email} a link to {@code mailto:}, {@code mention} and {@code mention_name}
 * mentions (the latter with the person's id, e.g. {@code user123}), {@code phone} a phone number,
 * {@code hashtag} and {@code cashtag} tags, and bold, italic, underline, strikethrough, code, pre,
 * spoiler and blockquote a format span whose target names the style. Custom emoji, bot commands and
 * bank cards are plain text.
 */
final class TextParts {

    /**
     * A flattened text.
     *
     * @param text the plain text
     * @param spans its marked-up parts
     */
    record Flat(String text, List<TextSpan> spans) {
    }

    private static final Flat EMPTY = new Flat("", List.of());

    private TextParts() {
    }

    /**
     * A message's text as {@link JsonTree#readMessage} left it.
     *
     * @param text the {@code text} value: a string, or an array already flattened
     * @param entities the {@code text_entities} value, used when there is no {@code text}
     * @return the plain text and its spans
     */
    static Flat of(Object text, Object entities) {
        Object parts = text != null ? text : entities;
        if (parts instanceof Flat flat) {
            return flat;
        }
        return parts instanceof String plain && !plain.isEmpty() ? new Flat(plain, List.of()) : EMPTY;
    }

    /**
     * Reads and flattens a text array; the parser is on its {@code [} and is left on its {@code ]}.
     *
     * @param parser the parser
     * @return the plain text and its spans
     */
    static Flat read(JsonParser parser) throws IOException {
        StringBuilder out = new StringBuilder();
        List<TextSpan> spans = List.of();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_STRING) {
                out.append(parser.getText());
            } else if (token == JsonToken.START_OBJECT) {
                TextSpan span = entity(parser, out);
                if (span != null) {
                    if (spans.isEmpty()) {
                        spans = new ArrayList<>(2);
                    }
                    spans.add(span);
                }
            } else {
                parser.skipChildren();
            }
        }
        return out.length() == 0 && spans.isEmpty() ? EMPTY : new Flat(out.toString(), spans);
    }

    /** One entity object: appends its text, returns its span (or {@code null}). */
    private static TextSpan entity(JsonParser parser, StringBuilder out) throws IOException {
        String type = null;
        String text = "";
        String href = null;
        String userId = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean scalar = value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT;
            switch (field) {
                case "type" -> type = scalar ? parser.getText() : null;
                case "text" -> text = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                case "href" -> href = scalar ? parser.getText() : null;
                case "user_id" -> userId = scalar ? parser.getText() : null;
                default -> parser.skipChildren();
            }
        }
        int start = out.length();
        out.append(text);
        return type == null || text.isEmpty() ? null : span(type, text, href, userId, start, out.length());
    }

    private static TextSpan span(String type, String text, String href, String userId, int start, int end) {
        return switch (type) {
            case "link" -> new TextSpan(TextSpan.Kind.LINK, start, end, null);
            case "text_link" -> new TextSpan(TextSpan.Kind.LINK, start, end,
                    href != null && !href.isEmpty() && !href.equals(text) ? href : null);
            case "email" -> new TextSpan(TextSpan.Kind.LINK, start, end, "mailto:" + text);
            case "mention" -> new TextSpan(TextSpan.Kind.MENTION, start, end, null);
            case "mention_name" -> new TextSpan(TextSpan.Kind.MENTION, start, end, mentionedUser(userId));
            case "phone" -> new TextSpan(TextSpan.Kind.PHONE, start, end, null);
            case "hashtag", "cashtag" -> new TextSpan(TextSpan.Kind.TAG, start, end, null);
            case "bold", "italic", "underline", "strikethrough", "code", "pre", "spoiler", "blockquote" ->
                    new TextSpan(TextSpan.Kind.FORMAT, start, end, type);
            default -> null;
        };
    }

    private static String mentionedUser(String userId) {
        if (userId == null || userId.isEmpty()) {
            return null;
        }
        return userId.startsWith("user") ? userId : "user" + userId;
    }
}
