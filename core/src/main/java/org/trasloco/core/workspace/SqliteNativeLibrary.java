package org.trasloco.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.trasloco.core.files.WholeFile;

/**
 * Puts the SQLite driver's native library in a private folder of the user's cache once, and tells
 * the driver to load it from there. Left alone, the driver copies the library into the temporary
 * folder on every run, under a new name, and removes it only when the program ends normally, so
 * every killed run leaves a 1 MB file and its lock behind. The cached copy is checked against the
 * driver's own (SHA-256) before each use; when anything fails the driver is left to its default.
 */
final class SqliteNativeLibrary {

    private static final System.Logger LOG = System.getLogger(SqliteNativeLibrary.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Prepares the library before the first connection; later calls do nothing. */
    static synchronized void prepare() {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        prepared = true;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
            byte[] bundled;
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return;
                }
                bundled = in.readAllBytes();
            }
            byte[] digest = sha256(bundled);
            Path folder = UserCache.standard().resolve("sqlite-native")
                    .resolve(SQLiteJDBCLoader.getVersion() + "-" + HexFormat.of().formatHex(digest, 0, 8));
            Path library = folder.resolve(name);
            if (!isIntact(library, digest)) {
                install(folder, library, bundled);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            LOG.log(System.Logger.Level.DEBUG, "native SQLite library not cached; the driver extracts it itself", e);
        }
    }

    private static boolean isIntact(Path library, byte[] digest) throws IOException, NoSuchAlgorithmException {
        return Files.isRegularFile(library, LinkOption.NOFOLLOW_LINKS)
                && Arrays.equals(sha256(Files.readAllBytes(library)), digest);
    }

    /** Writes the library beside its final name and moves it there, so a reader never sees half of it. */
    private static void install(Path folder, Path library, byte[] bundled) throws IOException {
        createPrivateFolders(folder);
        WholeFile.replace(library, out -> out.write(bundled));
    }

    private static void createPrivateFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivateFolders(parent);
        }
        try {
            if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
    }

    private static byte[] sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
