package org.trasloco.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Function;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.PrivateFiles;

/**
 * Writes a file whole or not at all: into a private temporary file beside it (readable by its owner
 * only, from the first byte), moved into place when complete. A reader never sees half a file, and a
 * failure leaves whatever was there before.
 */
public final class WholeFile {

    private WholeFile() {
    }

    /**
     * Writes a file.
     *
     * @param file where the file goes
     * @param writer writes the content (the stream is closed afterwards) and returns what it wrote
     * @param <T> what the writer returns
     * @return what the writer returned
     * @throws TraslocoException {@code STORAGE} naming the file when it cannot be written
     */
    public static <T> T write(Path file, Function<OutputStream, T> writer) {
        Objects.requireNonNull(writer, "writer");
        Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.deleteIfExists(temporary);
            PrivateFiles.createOrRestrict(temporary);
            T result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = writer.apply(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE, LocalizedText.of(CoreMessages.FILE_NOT_WRITTEN,
                    file), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // A leftover hidden .part file is harmless; the error, if any, was reported.
            }
        }
    }
}
