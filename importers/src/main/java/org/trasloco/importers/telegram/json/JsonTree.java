package org.trasloco.importers.telegram.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON value (a message, a contact) into plain Java values: {@link Map} (in no
 * particular order; a repeated key keeps its last value, as Telegram's duplicate {@code text} key needs),
 * {@link List}, {@link String}, {@link Long} or {@link java.math.BigInteger}, {@link Double},
 * {@link Boolean} and {@code null}. Only jackson-core is needed, and memory is that of one value.
 */
final class JsonTree {

    /** Message fields that nothing in Trasloco reads. */
    private static final Set<String> UNUSED = Set.of("reactions", "inline_bot_buttons");

    private JsonTree() {
    }

    /**
     * Reads the value whose first token is the parser's current token; afterwards the current
     * token is the value's last.
     */
    static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonEOFException(parser, null, "end of input inside a value");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, read(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("not the start of a value: " + token);
        }
    }

    /**
     * Reads a message object, leaving out what Trasloco does not use: {@code text_entities} when
     * {@code text} came before it (both are written from the same parts, {@code text} with plain
     * parts as bare strings), reactions and bot buttons. A text array is stored already flattened
     * (a {@link TextParts.Flat}). Saves most of the allocations of a message.
     */
    static Map<String, Object> readMessage(JsonParser parser) throws IOException {
        Map<String, Object> object = new HashMap<>();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return object;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (UNUSED.contains(name) || "text_entities".equals(name) && object.containsKey("text")) {
                parser.skipChildren();
            } else if (("text".equals(name) || "text_entities".equals(name))
                    && parser.currentToken() == JsonToken.START_ARRAY) {
                object.put(name, TextParts.read(parser));
            } else {
                object.put(name, read(parser));
            }
        }
        return object;
    }

    /** A string field, numbers written as text; {@code null} when absent, null or not a scalar. */
    static String string(Map<String, Object> object, String key) {
        Object value = object.get(key);
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }

    /** A whole-number field, also when written as a string (as {@code date_unixtime} is); else {@code null}. */
    static Long number(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** An object field, or {@code null}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> object, String key) {
        Object value = object.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** An array field, or {@code null}. */
    @SuppressWarnings("unchecked")
    static List<Object> array(Map<String, Object> object, String key) {
        Object value = object.get(key);
        return value instanceof List<?> list ? (List<Object>) list : null;
    }
}
