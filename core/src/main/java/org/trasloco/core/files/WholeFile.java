package org.trasloco.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Function;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Writes a file whole or not at all: into a private temporary file beside it (readable by its owner
 * only, from the first byte), moved over the target when complete. A reader — or a run killed
 * halfway — never sees half a file, and a failure leaves whatever was there before.
 */
public final class WholeFile {

    private WholeFile() {
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the content.
         *
         * @param out where it goes; closed by the caller
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file the user asked for (a kit, a book).
     *
     * @param file where the file goes
     * @param writer writes the content and returns what it wrote
     * @param <T> what the writer returns
     * @return what the writer returned
     * @throws TraslocoException {@code STORAGE} naming the file when it cannot be written
     */
    public static <T> T write(Path file, Function<OutputStream, T> writer) {
        Objects.requireNonNull(writer, "writer");
        Object[] result = new Object[1];
        try {
            replace(file, out -> result[0] = writer.apply(out));
        } catch (IOException | UncheckedIOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE, LocalizedText.of(CoreMessages.FILE_NOT_WRITTEN,
                    file), e);
        }
        @SuppressWarnings("unchecked")
        T written = (T) result[0];
        return written;
    }

    /**
     * Replaces a file with new content; its folder must exist.
     *
     * @param target the file
     * @param content what it will hold
     * @throws IOException when the file cannot be written
     */
    public static void replace(Path target, Content content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            Files.deleteIfExists(temporary);
            PrivateFiles.createOrRestrict(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
