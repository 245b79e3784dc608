package org.trasloco.importers.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.trasloco.importers.ExportReader;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ZipLimits;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.io.SafeZip;
import org.trasloco.importers.io.TextDecoding;
import org.trasloco.importers.telegram.TelegramReader;
import org.trasloco.importers.whatsapp.WhatsAppReader;

/**
 * Finds the reader for what the user dropped in. A path that is itself an export gives one source; a
 * folder that is not an export gives every export directly inside it (a "Downloads" folder with
 * several chats), so users need not pick files one by one.
 */
public final class ExportDetector {

    private static final int SNIFF_BYTES = 8192;

    private final List<ExportReader> readers;

    /**
     * A detector over the given readers, tried in order.
     *
     * @param readers the readers
     */
    public ExportDetector(List<ExportReader> readers) {
        this.readers = List.copyOf(Objects.requireNonNull(readers, "readers"));
    }

    /** A detector over every reader Trasloco has. */
    public static ExportDetector standard() {
        return new ExportDetector(List.of(new WhatsAppReader(), new TelegramReader()));
    }

    /**
     * One export found, with its reader.
     *
     * @param path the export
     * @param reader the reader that recognised it
     */
    public record Source(Path path, ExportReader reader) {
    }

    /**
     * Finds the export(s) at a path.
     *
     * @param path a file or folder
     * @return the exports, at least one
     * @throws org.trasloco.core.error.TraslocoException of kind {@code BAD_INPUT} saying why nothing
     *     could be recognised (missing, empty, binary, unknown)
     */
    public List<Source> discover(Path path) {
        if (!Files.exists(path)) {
            throw InputErrors.badInput(ImporterMessages.INPUT_NOT_FOUND, path);
        }
        for (ExportReader reader : readers) {
            if (reader.recognizes(path)) {
                return List.of(new Source(path, reader));
            }
        }
        if (Files.isDirectory(path)) {
            List<Source> inside = new ArrayList<>();
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    readers.stream().filter(reader -> reader.recognizes(child)).findFirst()
                            .ifPresent(reader -> inside.add(new Source(child, reader)));
                }
            } catch (IOException e) {
                throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, path);
            }
            if (!inside.isEmpty()) {
                return inside;
            }
            throw InputErrors.badInput(ImporterMessages.INPUT_UNRECOGNISED, path);
        }
        throwIfDamagedZip(path);
        throw InputErrors.badInput(whyUnrecognised(path), path);
    }

    /** A zip nobody recognised may be damaged, unsafe or a bomb: say that rather than "unknown". */
    private static void throwIfDamagedZip(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2);
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, file);
        }
        if (head.length == 2 && head[0] == 'P' && head[1] == 'K') {
            try (SafeZip zip = SafeZip.open(file, ZipLimits.DEFAULT)) {
                zip.names();
            } catch (IOException e) {
                throw InputErrors.badInput(e, ImporterMessages.ZIP_DAMAGED, file);
            }
        }
    }

    private static ImporterMessages whyUnrecognised(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            if (head.length == 0) {
                return ImporterMessages.INPUT_EMPTY;
            }
            return TextDecoding.looksBinary(head, head.length) ? ImporterMessages.INPUT_BINARY
                    : ImporterMessages.INPUT_UNRECOGNISED;
        } catch (IOException e) {
            return ImporterMessages.INPUT_READ_FAILED;
        }
    }
}
