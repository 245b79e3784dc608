package org.trasloco.core.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.history.TextSpan;

/** Stores a message's spans as a small JSON array in one column. */
final class SpanCodec {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonStringEncoder ESCAPES = JsonStringEncoder.getInstance();

    private SpanCodec() {
    }

    /**
     * Writes {@code [{"kind":"link","start":4,"end":17,"target":"…"},…]}. Built directly, with
     * jackson-core escaping the one free-text field: a generator per message cost a fifth of the
     * workspace writer's own time in a million-message Telegram import.
     */
    static String encode(List<TextSpan> spans) {
        if (spans.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder(48 * spans.size());
        json.append('[');
        for (TextSpan span : spans) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"kind\":\"").append(span.kind().id())
                    .append("\",\"start\":").append(span.start())
                    .append(",\"end\":").append(span.end());
            if (span.target() != null) {
                json.append(",\"target\":\"");
                ESCAPES.quoteAsString(span.target(), json);
                json.append('"');
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    static List<TextSpan> decode(String text) {
        if (text == null) {
            return List.of();
        }
        List<TextSpan> spans = new ArrayList<>();
        try (JsonParser json = JSON.createParser(text)) {
            json.nextToken();
            while (json.nextToken() == JsonToken.START_OBJECT) {
                String kind = null;
                String target = null;
                int start = 0;
                int end = 0;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    json.nextToken();
                    switch (field) {
                        case "kind" -> kind = json.getText();
                        case "start" -> start = json.getIntValue();
                        case "end" -> end = json.getIntValue();
                        case "target" -> target = json.getText();
                        default -> json.skipChildren();
                    }
                }
                spans.add(new TextSpan(TextSpan.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), start, end, target));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }
}
