package org.trasloco.importers.telegram.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trasloco.core.history.TextSpan;

/**
 * Flattens a message text the way Telegram Desktop writes it ({@code text} as a string or as an
 * array mixing strings and entity objects, or {@code text_entities}, always objects, written from the
 * same parts) into plain text, keeping link targets, mentions and formatting as {@link TextSpan}s.
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
     * Flattens a message's text.
     *
     * @param text the {@code text} value
     * @param entities the {@code text_entities} value, used when there is no {@code text}
     * @return the plain text and its spans
     */
    static Flat flatten(Object text, Object entities) {
        Object parts = text != null ? text : entities;
        if (parts instanceof String plain) {
            return plain.isEmpty() ? EMPTY : new Flat(plain, List.of());
        }
        if (!(parts instanceof List<?> list) || list.isEmpty()) {
            return EMPTY;
        }
        StringBuilder out = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        for (Object part : list) {
            if (part instanceof String plain) {
                out.append(plain);
            } else if (part instanceof Map<?, ?> entity) {
                Object value = entity.get("text");
                String partText = value instanceof String string ? string : "";
                int start = out.length();
                out.append(partText);
                if (!partText.isEmpty()) {
                    TextSpan span = span(entity, partText, start, out.length());
                    if (span != null) {
                        spans.add(span);
                    }
                }
            }
        }
        return new Flat(out.toString(), spans);
    }

    private static TextSpan span(Map<?, ?> entity, String text, int start, int end) {
        Object type = entity.get("type");
        if (!(type instanceof String name)) {
            return null;
        }
        return switch (name) {
            case "link" -> new TextSpan(TextSpan.Kind.LINK, start, end, null);
            case "text_link" -> new TextSpan(TextSpan.Kind.LINK, start, end, targetUnlessText(entity.get("href"), text));
            case "email" -> new TextSpan(TextSpan.Kind.LINK, start, end, "mailto:" + text);
            case "mention" -> new TextSpan(TextSpan.Kind.MENTION, start, end, null);
            case "mention_name" -> new TextSpan(TextSpan.Kind.MENTION, start, end, mentionedUser(entity.get("user_id")));
            case "phone" -> new TextSpan(TextSpan.Kind.PHONE, start, end, null);
            case "hashtag", "cashtag" -> new TextSpan(TextSpan.Kind.TAG, start, end, null);
            case "bold", "italic", "underline", "strikethrough", "code", "pre", "spoiler", "blockquote" ->
                    new TextSpan(TextSpan.Kind.FORMAT, start, end, name);
            default -> null;
        };
    }

    private static String targetUnlessText(Object target, String text) {
        return target instanceof String href && !href.isEmpty() && !href.equals(text) ? href : null;
    }

    private static String mentionedUser(Object userId) {
        if (userId instanceof Number || userId instanceof String && !((String) userId).isEmpty()) {
            String id = userId.toString();
            return id.startsWith("user") ? id : "user" + id;
        }
        return null;
    }
}
