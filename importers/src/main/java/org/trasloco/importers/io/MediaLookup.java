package org.trasloco.importers.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.importers.ZipLimits;

/**
 * Finds the file of an attachment in the exports it came from, without trusting the export: inside a
 * zip only a file entry counts (never a link entry), and in a folder only a regular file that really
 * lies inside the folder: no absolute path, no {@code ..}, no symbolic link, neither the file itself
 * nor a folder on the way leading elsewhere. A link in an export folder would otherwise let whoever
 * made the export upload any file of the user's computer. Read-only; nothing is extracted to disk.
 *
 * <p>The same rule decides whether an importer counts an attachment as present, so that what
 * {@code inspect} counts is exactly what an upload would send.
 */
public final class MediaLookup implements Closeable {

    private final List<SafeZip> zips;
    private final List<Path> folders;

    private MediaLookup(List<SafeZip> zips, List<Path> folders) {
        this.zips = zips;
        this.folders = folders;
    }

    /**
     * A file found for an attachment.
     *
     * @param location where it is: the zip entry or the path relative to the export folder
     * @param size its size in bytes
     * @param content opens its bytes (a zip entry is unpacked within the zip limits)
     */
    public record Found(String location, long size, Content content) {

        /**
         * Checks the components.
         *
         * @param location where it is
         * @param size its size
         * @param content how to read it
         */
        public Found {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(content, "content");
        }
    }

    /** Opens a found file's bytes; may be called more than once. */
    @FunctionalInterface
    public interface Content {

        /**
         * Opens the bytes.
         *
         * @return a new stream over the file
         * @throws IOException when the file cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * Opens the exports to look files up in: a zip (recognised by its first bytes) by entry name, a
     * folder by relative path, a loose chat file by paths relative to its folder.
     *
     * @param exports the exports as the user named them
     * @param limits the limits every zip must respect
     * @return the lookup; close it to close the zips
     * @throws TraslocoException {@code BAD_INPUT} when a zip is damaged, unsafe or over the limits
     */
    public static MediaLookup open(List<Path> exports, ZipLimits limits) {
        List<SafeZip> zips = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        MediaLookup lookup = new MediaLookup(zips, folders);
        try {
            for (Path export : exports) {
                if (Files.isDirectory(export)) {
                    folders.add(export.toAbsolutePath().normalize());
                } else if (SafeZip.looksLikeZip(export)) {
                    zips.add(SafeZip.open(export, limits));
                } else {
                    Path parent = export.toAbsolutePath().normalize().getParent();
                    if (parent != null) {
                        folders.add(parent);
                    }
                }
            }
            return lookup;
        } catch (RuntimeException e) {
            lookup.close();
            throw e;
        }
    }

    /**
     * Finds a file: the zips first, in the order given, then the folders.
     *
     * @param location the attachment's location as an importer recorded it
     * @return the file, or empty when no export holds it as a regular file inside itself
     */
    public Optional<Found> find(String location) {
        if (location == null || !SafeZip.isSafeName(location)) {
            return Optional.empty();
        }
        for (SafeZip zip : zips) {
            long size = zip.size(location);
            if (zip.holds(location) && size >= 0) {
                return Optional.of(new Found(location, size, () -> zip.open(location)));
            }
        }
        for (Path folder : folders) {
            Optional<Path> file = regularFileInside(folder, location);
            if (file.isPresent()) {
                try {
                    long size = Files.size(file.get());
                    return Optional.of(new Found(location, size, () -> Files.newInputStream(file.get(),
                            LinkOption.NOFOLLOW_LINKS)));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The file a relative path names inside a folder, when it is a regular file (not a link) whose
     * real path, every link on the way resolved, is still inside the folder's real path.
     *
     * @param folder the export folder
     * @param relative the path inside it
     * @return the file, or empty when the path is unsafe, absent, not a regular file or leads elsewhere
     */
    public static Optional<Path> regularFileInside(Path folder, String relative) {
        if (relative == null || !SafeZip.isSafeName(relative)) {
            return Optional.empty();
        }
        try {
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || file.equals(root)
                    || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        for (SafeZip zip : zips) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // Read-only: nothing is lost.
            }
        }
    }
}
