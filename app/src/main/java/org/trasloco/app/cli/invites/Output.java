package org.trasloco.app.cli.invites;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/** Writes a file whole or not at all: into a temporary file beside it, moved into place when complete. */
final class Output {

    private Output() {
    }

    static <T> T write(Path file, Function<OutputStream, T> writer) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Path parent = target.getParent();
            temporary = Files.createTempFile(parent, ".trasloco-", ".part");
            T result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = writer.apply(out);
            }
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE, LocalizedText.of(InvitesCliText.CANNOT_WRITE, file), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A leftover hidden .part file is harmless; the error, if any, was reported.
                }
            }
        }
    }
}
