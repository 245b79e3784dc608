package org.trasloco.keepsake.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The prebuilt index the offline search reads: {@code search/manifest.js} lists the conversations,
 * and each {@code search/NNNN-K.js} holds up to {@link #PER_CHUNK} messages of one conversation as
 * JSON arrays {@code [number, "when", "author", "text"]}. They are scripts, not JSON files, because
 * a page opened from disk may load scripts of its folder but may not fetch files; they hold data
 * only, as JSON literals, with the two line separators JavaScript once refused escaped. A page loads
 * them only when its search is used, so opening a page never waits for them.
 */
final class SearchIndex {

    /** Messages per index file. */
    static final int PER_CHUNK = 10_000;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * A conversation in the manifest.
     *
     * @param id its folder name
     * @param title its name
     * @param chunks how many index files it has
     */
    record Entry(String id, String title, int chunks) {
    }

    private final Path folder;
    private final List<Entry> entries = new ArrayList<>();

    SearchIndex(Path root) throws IOException {
        this.folder = Files.createDirectories(root.resolve("search"));
    }

    /** Starts the index of one conversation. */
    Chunks conversation(String id, String title) {
        return new Chunks(id, title);
    }

    /** Writes the manifest. */
    void finish(int perPage) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve("manifest.js"), StandardCharsets.UTF_8);
                JsonGenerator json = generator(out)) {
            out.write("KEEPSAKE_SEARCH.manifest(");
            json.writeStartObject();
            json.writeNumberField("perPage", perPage);
            json.writeArrayFieldStart("conversations");
            for (Entry entry : entries) {
                json.writeStartObject();
                json.writeStringField("id", entry.id());
                json.writeStringField("title", entry.title());
                json.writeNumberField("chunks", entry.chunks());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write(");\n");
        }
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setCharacterEscapes(new LineSeparatorEscapes());
        return json;
    }

    /** The index files of one conversation, written as its messages pass. */
    final class Chunks implements AutoCloseable {
        private final String id;
        private final String title;
        private int chunk;
        private int inChunk;
        private Writer out;
        private JsonGenerator json;

        private Chunks(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** Adds one message. */
        void add(long ordinal, String when, String author, String text) throws IOException {
            if (json == null || inChunk == PER_CHUNK) {
                closeChunk();
                chunk++;
                inChunk = 0;
                out = Files.newBufferedWriter(folder.resolve(id + "-" + chunk + ".js"), StandardCharsets.UTF_8);
                json = generator(out);
                out.write("KEEPSAKE_SEARCH.chunk(\"" + id + "\",");
                json.writeStartArray();
            }
            json.writeStartArray();
            json.writeNumber(ordinal);
            json.writeString(when);
            json.writeString(author == null ? "" : author);
            json.writeString(text);
            json.writeEndArray();
            inChunk++;
        }

        private void closeChunk() throws IOException {
            if (json != null) {
                json.writeEndArray();
                json.close();
                out.write(");\n");
                out.close();
                json = null;
            }
        }

        @Override
        public void close() throws IOException {
            closeChunk();
            entries.add(new Entry(id, title, chunk));
        }
    }

    /** Escapes U+2028 and U+2029 too, as older JavaScript engines required inside string literals. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
