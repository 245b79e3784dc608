package org.trasloco.core.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates files that only their owner can read and write (0600), from the first byte on: the file is
 * created with those permissions, not created and then restricted.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private PrivateFiles() {
    }

    /**
     * Creates an empty private file, or makes an existing one private.
     *
     * @param file the file
     * @return {@code true} when the file was created by this call
     * @throws IOException when the file cannot be created or its permissions set
     */
    public static boolean createOrRestrict(Path file) throws IOException {
        boolean posix = Files.getFileStore(existingParent(file)).supportsFileAttributeView(PosixFileAttributeView.class);
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            if (posix && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            return false;
        }
    }

    private static Path existingParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }
}
