package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.core.history.Attachment;
import org.trasloco.move.history.ExportMedia;

/** {@code upload --media} and {@code inspect} see the same files: never a link out of the export (issue 16). */
class ExportMediaTest {

    private static final String PHOTO = "IMG-20240214-WA0001.jpg";

    @TempDir
    Path dir;

    @Test
    void aLinkedPrivateFileIsNeitherUploadedNorCountedAsPresent() throws IOException {
        Path export = Files.createDirectories(dir.resolve("export"));
        Files.writeString(export.resolve("WhatsApp Chat with Sam.txt"),
                "14/02/2024, 09:12 - Jess: " + PHOTO + " (file attached)\n");
        Path secret = Files.writeString(dir.resolve("private.txt"), "PRIVATE");
        Files.createSymbolicLink(export.resolve(PHOTO), secret);

        try (ExportMedia media = ExportMedia.open(List.of(export))) {
            assertTrue(media.find(new Attachment(PHOTO, "image/jpeg", true, PHOTO)).isEmpty(),
                    "the link's target must not be offered for upload");
        }
        CliRun inspect = CliRun.of("inspect", export.toString(), "--lang", "en");
        assertEquals(0, inspect.exit(), inspect.err());
        assertTrue(inspect.out().contains("0 of those files are in the export, 1 left out"), inspect.out());
    }
}
