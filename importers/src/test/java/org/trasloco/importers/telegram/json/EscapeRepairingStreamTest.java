package org.trasloco.importers.telegram.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscapeRepairingStreamTest {

    @Test
    void controlCharacterEscapesBecomeJsonEscapes() throws IOException {
        assertEquals("\"bell\\u0007 and \\u001F\"", repair("\"bell\\x07 and \\x1F\""));
    }

    @Test
    void anEscapedBackslashBeforeAnXIsLeftAlone() throws IOException {
        assertEquals("\"C:\\\\x41 \\\\\\u0007\"", repair("\"C:\\\\x41 \\\\\\x07\""));
    }

    @Test
    void bareCustomEmojiPathsAreQuotedToTheEndOfTheLine() throws IOException {
        String written = "{\n \"type\": \"custom_emoji\",\n \"document_id\": video_files/sticker (2) \"a\\b\".webm\n}";
        assertEquals("{\n \"type\": \"custom_emoji\",\n \"document_id\": \"video_files/sticker (2) \\\"a\\\\b\\\".webm\"\n}",
                repair(written));
    }

    @Test
    void quotedAndNumericValuesOfDocumentIdStayAsTheyAre() throws IOException {
        String written = "{\"document_id\": \"stickers/a.webp\", \"x\": {\"document_id\": 5}}";
        assertEquals(written, repair(written));
    }

    @Test
    void theKeyInsideATextIsNoKey() throws IOException {
        String written = "{\"text\": \"say \\\"document_id\\\": stickers/a.webp\",\n \"d\": \"dd\"}";
        assertEquals(written, repair(written));
        try (InputStream in = new EscapeRepairingStream(new OneByteAtATime(written))) {
            assertEquals(written, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void nonAsciiTextPassesUnchanged() throws IOException {
        String written = "\"Tomás — 😮 \\n\"";
        assertEquals(written, repair(written));
    }

    @Test
    void repairsAcrossReadBoundaries() throws IOException {
        String written = "\"a\\x07b\",\n\"document_id\": x/y.webp\n";
        try (InputStream in = new EscapeRepairingStream(new OneByteAtATime(written))) {
            assertEquals("\"a\\u0007b\",\n\"document_id\": \"x/y.webp\"\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aBareValueCutByTheEndOfTheFileIsClosed() throws IOException {
        assertEquals("\"document_id\": \"x.webp\"", repair("\"document_id\": x.webp"));
    }

    private static String repair(String written) throws IOException {
        try (InputStream in = new EscapeRepairingStream(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Hands out one byte per read, as a slow network file system may. */
    private static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(String text) {
            super(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(1, length));
        }
    }
}
