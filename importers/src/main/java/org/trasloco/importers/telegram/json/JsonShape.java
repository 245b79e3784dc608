package org.trasloco.importers.telegram.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.trasloco.importers.telegram.chat.ChatType;

/**
 * The two shapes of a Telegram Desktop {@code result.json}, told apart by its first keys: one chat
 * ({@code name}, {@code type}, {@code id}, {@code messages}) or a whole account ({@code about},
 * {@code personal_information}, …, {@code chats}, {@code left_chats}).
 */
public enum JsonShape {
    /** "Export chat history": one chat. */
    CHAT,
    /** "Export Telegram data": the account with all selected chats. */
    ACCOUNT;

    private static final int SNIFF_BYTES = 64 * 1024;
    /** The top-level keys of a full export, in the order Telegram Desktop writes them. */
    static final Set<String> ACCOUNT_KEYS = Set.of("about", "personal_information", "profile_pictures", "stories",
            "contacts", "frequent_contacts", "sessions", "web_sessions", "other_data", "chats", "left_chats");
    static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Looks at the head of a file.
     *
     * @param file a file
     * @return its shape, or {@code null} when it is not a Telegram Desktop export
     */
    public static JsonShape sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return null;
        }
        JsonParser parser;
        try {
            parser = JSON.createParser(new EscapeRepairingStream(new ByteArrayInputStream(head)));
        } catch (IOException e) {
            return null;
        }
        try (parser) {
            return shape(parser);
        } catch (IOException e) {
            // A file cut short (or a head cut at the sniff limit) can still show its first key.
            String name = parser.getParsingContext().getCurrentName();
            return parser.getParsingContext().getParent() != null && parser.getParsingContext().getParent().inRoot()
                    && name != null && ACCOUNT_KEYS.contains(name) ? ACCOUNT : null;
        }
    }

    private static JsonShape shape(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        if (ACCOUNT_KEYS.contains(parser.currentName())) {
            return ACCOUNT;
        }
        boolean typed = false;
        do {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> typed = value == JsonToken.VALUE_NULL
                        || value == JsonToken.VALUE_STRING && ChatType.ofId(parser.getText()) != ChatType.UNKNOWN;
                case "messages" -> {
                    return typed && value == JsonToken.START_ARRAY ? CHAT : null;
                }
                case "name", "id" -> parser.skipChildren();
                default -> {
                    return null;
                }
            }
        } while (parser.nextToken() == JsonToken.FIELD_NAME);
        return null;
    }
}
