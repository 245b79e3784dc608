package org.trasloco.core.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.history.TextSpan;

/** Stores a message's spans as a small JSON array in one column. */
final class SpanCodec {

    private static final JsonFactory JSON = new JsonFactory();

    private SpanCodec() {
    }

    static String encode(List<TextSpan> spans) {
        if (spans.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (TextSpan span : spans) {
                json.writeStartObject();
                json.writeStringField("kind", span.kind().id());
                json.writeNumberField("start", span.start());
                json.writeNumberField("end", span.end());
                if (span.target() != null) {
                    json.writeStringField("target", span.target());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
