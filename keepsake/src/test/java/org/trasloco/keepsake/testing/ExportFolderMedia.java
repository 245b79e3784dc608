package org.trasloco.keepsake.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.keepsake.MediaSource;

/**
 * The files of export folders (a Telegram export, a WhatsApp chat with its loose files), found by
 * the location the importer recorded; never a path outside the folders.
 */
public final class ExportFolderMedia implements MediaSource {

    private final List<Path> roots;

    /**
     * Reads from these folders.
     *
     * @param roots the export folders
     */
    public ExportFolderMedia(Path... roots) {
        this.roots = List.of(roots).stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    @Override
    public Optional<InputStream> open(ConversationSummary conversation, Attachment attachment) throws IOException {
        if (attachment.location() == null) {
            return Optional.empty();
        }
        for (Path root : roots) {
            Path file = root.resolve(attachment.location()).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return Optional.of(Files.newInputStream(file));
            }
        }
        return Optional.empty();
    }
}
