package org.trasloco.keepsake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.stream.Stream;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * A file or folder written under a temporary name beside its target and moved into place only when
 * complete, so that a failure or a cancellation leaves nothing half-written. A folder replaces an
 * earlier keepsake folder (recognised by its marker file) but never a folder of anything else.
 */
public final class AtomicOutput implements AutoCloseable {

    /** The file that marks a folder as a keepsake Trasloco wrote (safe to replace). */
    public static final String MARKER = ".trasloco-keepsake";

    private final Path target;
    private final Path temporary;
    private final boolean folder;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary, boolean folder) {
        this.target = target;
        this.temporary = temporary;
        this.folder = folder;
    }

    /**
     * Starts writing a file.
     *
     * @param target where the finished file goes (an existing file there is replaced)
     * @return the output; write to {@link #path()}
     * @throws TraslocoException of kind {@code STORAGE} when the temporary file cannot be created
     */
    public static AtomicOutput file(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Path parent = Files.createDirectories(absolute.getParent());
            return new AtomicOutput(absolute, Files.createTempFile(parent, "." + absolute.getFileName(), ".partial"), false);
        } catch (IOException e) {
            throw failed(absolute, e);
        }
    }

    /**
     * Starts writing a folder.
     *
     * @param target where the finished folder goes: absent, empty, or an earlier keepsake
     * @return the output; write inside {@link #path()}
     * @throws TraslocoException of kind {@code USAGE} when the target holds something else, of kind
     *     {@code STORAGE} when the temporary folder cannot be created
     */
    public static AtomicOutput folder(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !isEmptyOrKeepsake(absolute)) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, KeepsakeText.OUTPUT_EXISTS, absolute);
        }
        try {
            Path parent = Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial");
            Files.createFile(temporary.resolve(MARKER));
            return new AtomicOutput(absolute, temporary, true);
        } catch (IOException e) {
            throw failed(absolute, e);
        }
    }

    /** Where to write now: the temporary file or folder. */
    public Path path() {
        return temporary;
    }

    /** Where the output goes when committed. */
    public Path target() {
        return target;
    }

    /**
     * Moves the finished output into place.
     *
     * @throws TraslocoException of kind {@code STORAGE} when the move fails (the target is then unchanged)
     */
    public void commit() {
        try {
            if (folder && Files.exists(target)) {
                deleteTree(target);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    /** Deletes the temporary output unless it was committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            if (Files.exists(temporary)) {
                deleteTree(temporary);
            }
        } catch (IOException ignored) {
            // A leftover hidden ".partial" beside the target is harmless; the failure itself is reported.
        }
    }

    /**
     * The error for a failed write of {@code path}.
     *
     * @param path what could not be written
     * @param cause the technical cause
     * @return the domain error
     */
    public static TraslocoException failed(Path path, Exception cause) {
        return new TraslocoException(TraslocoException.Kind.STORAGE,
                LocalizedText.of(KeepsakeText.OUTPUT_FAILED, Objects.requireNonNull(path)), cause);
    }

    private static boolean isEmptyOrKeepsake(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
