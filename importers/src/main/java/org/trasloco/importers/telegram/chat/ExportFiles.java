package org.trasloco.importers.telegram.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import org.trasloco.core.history.Attachment;
import org.trasloco.importers.MediaTypes;
import org.trasloco.importers.io.InputErrors;

/**
 * The files of one export folder, as messages name them. A name is checked before anything uses it:
 * a path that leads out of the export folder (absolute, with {@code ..}, or through a link) stops
 * the read, because later steps would otherwise upload a file from elsewhere on the computer. A file
 * that is named but not in the folder (a partial copy) is kept as a missing attachment and counted
 * for one warning. Not thread-safe: one per read.
 */
public final class ExportFiles {

    private final Path root;
    private final Path realRoot;
    private final ReadNotes notes;
    private long missing;
    private String firstMissing;

    /**
     * Opens the files of an export.
     *
     * @param root the export folder (where {@code result.json} or {@code export_results.html} is)
     * @param notes where the warning about missing files goes
     * @throws IOException when the folder cannot be resolved
     */
    public ExportFiles(Path root, ReadNotes notes) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /** The export folder, absolute. */
    public Path root() {
        return root;
    }

    /**
     * Whether a media field holds no path: empty, or one of Telegram's placeholders such as
     * "(File not included. Change data exporting settings to download.)".
     *
     * @param written the value of the field
     * @return {@code true} when there is no file to look for
     */
    public static boolean isPlaceholder(String written) {
        return written == null || written.isBlank() || written.startsWith("(");
    }

    /**
     * The attachment for a path written relative to the export folder.
     *
     * @param written the path as the export writes it, relative to the export folder
     * @param mediaType the media type the export states, or {@code null} to guess from the name
     * @param file the export file that names it, for errors
     * @param messageId the message that carries it, for errors
     * @return the attachment, present when the file is in the folder
     * @throws org.trasloco.core.error.TraslocoException when the path leads out of the export folder
     */
    public Attachment attachment(String written, String mediaType, String file, String messageId) {
        Path resolved = inside(written, file, messageId);
        boolean exists = Files.exists(resolved);
        if (exists && !staysInside(resolved)) {
            throw InputErrors.badInput(TelegramMessages.PATH_ESCAPES, file, messageId, written);
        }
        boolean present = exists && Files.isRegularFile(resolved);
        if (!present && missing++ == 0) {
            firstMissing = written;
        }
        String type = MediaTypes.of(written);
        if (MediaTypes.UNKNOWN.equals(type) && mediaType != null && !mediaType.isBlank()) {
            type = mediaType;
        }
        return new Attachment(written, type, present, present ? written : null);
    }

    /**
     * Turns a link of an HTML page into a path relative to the export folder.
     *
     * @param page the HTML page
     * @param href the link as written
     * @param messageId the message that carries it, for errors
     * @return the path relative to the export folder, with {@code /} separators
     * @throws org.trasloco.core.error.TraslocoException when the link leads out of the export folder
     */
    public String relativeToRoot(Path page, String href, String messageId) {
        Path resolved;
        try {
            resolved = page.toAbsolutePath().getParent().resolve(href).normalize();
        } catch (InvalidPathException e) {
            throw InputErrors.badInput(e, TelegramMessages.PATH_ESCAPES, label(page), messageId, href);
        }
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw InputErrors.badInput(TelegramMessages.PATH_ESCAPES, label(page), messageId, href);
        }
        return root.relativize(resolved).toString().replace('\\', '/');
    }

    /**
     * Says, once at the end of a read, how many named files were not in the folder.
     *
     * @param file the export file to name in the warning
     */
    public void reportMissing(String file) {
        if (missing > 0) {
            notes.warn(TelegramMessages.WARN_FILES_MISSING, file, 0, missing, firstMissing);
        }
    }

    /** How a file of the export is named in messages: its path relative to the export folder. */
    public String label(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    private Path inside(String written, String file, String messageId) {
        Path resolved;
        try {
            Path relative = Path.of(written);
            if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
                throw InputErrors.badInput(TelegramMessages.PATH_ESCAPES, file, messageId, written);
            }
            resolved = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw InputErrors.badInput(e, TelegramMessages.PATH_ESCAPES, file, messageId, written);
        }
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw InputErrors.badInput(TelegramMessages.PATH_ESCAPES, file, messageId, written);
        }
        return resolved;
    }

    /** Whether a path, links followed, is still inside the export folder. */
    private boolean staysInside(Path path) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
