package org.trasloco.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a fuzz test puts the bytes of one input as a file, for readers that take a path: one
 * folder per test class, reused for every input (a fuzzer runs thousands of inputs a second).
 */
public final class FuzzFiles {

    private final Path folder;

    /** A fresh folder, removed when the JVM ends. */
    public FuzzFiles() {
        try {
            folder = Files.createTempDirectory("trasloco-fuzz");
            folder.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an input, replacing the file of the previous one.
     *
     * @param name the file name inside the folder
     * @param bytes the input
     * @return the file
     */
    public Path write(String name, byte[] bytes) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
