package org.trasloco.importers.whatsapp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.trasloco.importers.io.SafeZip;
import org.trasloco.importers.io.TextDecoding;

/** Cheap looks at the head of a text: is it a WhatsApp chat? Which texts of a folder are chats? */
final class ExportSniffer {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int SNIFF_LINES = 200;

    private ExportSniffer() {
    }

    /** Whether the head of a text holds a WhatsApp message header. Closes the stream. */
    static boolean isChatText(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            if (head.length == 0 || TextDecoding.looksBinary(head, head.length)) {
                return false;
            }
            HeaderLine[] headers = HeaderSyntax.PRIORITY.stream().map(HeaderLine::new).toArray(HeaderLine[]::new);
            int lines = 0;
            for (String line : decodeLeniently(head).split("\r\n|\r|\n")) {
                if (++lines > SNIFF_LINES) {
                    break;
                }
                for (HeaderLine header : headers) {
                    if (header.match(line) && (header.syntax() != HeaderSyntax.BARE || header.rest().contains(": "))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The chat texts directly inside a folder (not its zips), by file name. */
    static List<String> chatTextsIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return !SafeZip.isClutter(name) && name.toLowerCase(Locale.ROOT).endsWith(".txt");
                    })
                    .filter(ExportSniffer::isChatTextQuietly)
                    .map(file -> file.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** Whether a folder holds a zip with a chat text. */
    static boolean holdsZips(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> Files.isRegularFile(file) && ChatSources.isZip(file));
        }
    }

    private static boolean isChatTextQuietly(Path file) {
        try {
            return isChatText(Files.newInputStream(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static String decodeLeniently(byte[] head) throws IOException {
        try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(head), charsetOf(head))) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    private static Charset charsetOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }
}
