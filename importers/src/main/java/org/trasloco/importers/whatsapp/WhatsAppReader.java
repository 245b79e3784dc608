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
import java.util.stream.Stream;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.Network;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.ExportReader;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.io.SafeZip;
import org.trasloco.importers.io.TextDecoding;
import org.trasloco.importers.io.ZipLimits;

/**
 * Reads WhatsApp "Export chat" files: a {@code .txt}, a {@code .zip} with the text and its media
 * ({@code _chat.txt} from iPhones, "WhatsApp Chat with ….txt" in any language from Android), or a
 * folder of loose files. One export is one conversation.
 */
public final class WhatsAppReader implements ExportReader {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int SNIFF_LINES = 200;

    private final WhatsAppMarkers markers = WhatsAppMarkers.get();

    @Override
    public Network network() {
        return Network.WHATSAPP;
    }

    @Override
    public boolean recognizes(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
                    String text = ChatSources.chooseChatText(names);
                    return text != null && sniff(Files.newInputStream(path.resolve(text)));
                }
            }
            if (!Files.isRegularFile(path)) {
                return false;
            }
            if (ChatSources.isZip(path)) {
                try (SafeZip zip = SafeZip.open(path, ZipLimits.DEFAULT)) {
                    String text = ChatSources.chooseChatText(zip.names());
                    return text != null && sniff(zip.open(text));
                }
            }
            return sniff(Files.newInputStream(path));
        } catch (IOException | TraslocoException e) {
            return false;
        }
    }

    @Override
    public ReadResult read(Path path, ReadOptions options, HistorySink sink, ProgressListener progress,
            Cancellation cancellation) {
        try (ChatSource source = ChatSources.open(path, options.zipLimits(), markers)) {
            return new ChatParser(source, options.dateOrder(), sink, progress, cancellation, markers).read();
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, path);
        }
    }

    /** Whether the head of a text holds a WhatsApp message header. Closes the stream. */
    private static boolean sniff(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            if (head.length == 0 || TextDecoding.looksBinary(head, head.length)) {
                return false;
            }
            String text = decodeLeniently(head);
            HeaderLine[] headers = HeaderSyntax.PRIORITY.stream().map(HeaderLine::new).toArray(HeaderLine[]::new);
            int lines = 0;
            for (String line : text.split("\r\n|\r|\n")) {
                if (++lines > SNIFF_LINES) {
                    break;
                }
                for (HeaderLine header : headers) {
                    if (header.match(line)
                            && (header.syntax() != HeaderSyntax.BARE || header.rest().contains(": "))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static String decodeLeniently(byte[] head) throws IOException {
        try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(head),
                charsetOf(head))) {
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
