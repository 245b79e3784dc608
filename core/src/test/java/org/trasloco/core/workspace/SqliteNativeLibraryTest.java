package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.testing.ForkedJvm;

/**
 * The SQLite driver's native library is put in the user's cache once (issue 16): every run used to
 * copy it into the temporary folder, and each killed run left a 1 MB file and its lock there.
 */
class SqliteNativeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void theNativeLibraryIsCachedOncePrivatelyAndNothingIsLeftInTheTempFolder() throws Exception {
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        List<String> options = List.of("-Djava.io.tmpdir=" + temp, "-D" + UserCache.PROPERTY + "=" + cache);

        ForkedJvm.Result first = ForkedJvm.run(options, OpenWorkspace.class, dir.resolve("a.trasloco").toString());
        assertEquals(0, first.exit(), first.output());
        List<Path> libraries = files(cache.resolve("sqlite-native"));
        assertEquals(1, libraries.size(), libraries.toString());
        Path library = libraries.get(0);
        long written = Files.getLastModifiedTime(library).toMillis();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(library.getParent())));

        // The second run ends as a killed one does: no shutdown hooks, no files deleted on exit.
        ForkedJvm.Result second = ForkedJvm.run(options, OpenWorkspace.class, dir.resolve("b.trasloco").toString(),
                "halt");
        assertEquals(0, second.exit(), second.output());
        assertEquals(List.of(library), files(cache.resolve("sqlite-native")), "the second run reuses the copy");
        assertEquals(written, Files.getLastModifiedTime(library).toMillis(), "and does not write it again");
        assertEquals(List.of(), files(temp), "nothing of the driver is left in the temporary folder");
        assertTrue(second.output().contains(library.getParent().toString()), second.output());
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Opens and closes a workspace in the forked JVM, then says where the driver loaded its library from. */
    public static final class OpenWorkspace {
        public static void main(String[] args) throws Exception {
            try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
                System.out.println("opened " + System.getProperty("org.sqlite.lib.path"));
                if (args.length > 1) {
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
        }
    }
}
