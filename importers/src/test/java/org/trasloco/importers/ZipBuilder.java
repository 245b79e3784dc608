package org.trasloco.importers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip files in tests, including ones no honest tool would make. */
public final class ZipBuilder implements AutoCloseable {

    private final ZipOutputStream zip;

    public ZipBuilder(Path file) throws IOException {
        this.zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8);
    }

    public ZipBuilder add(String name, String text) throws IOException {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public ZipBuilder add(String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return this;
    }

    /** Adds an entry whose content is written by {@code writer} (for very large, generated entries). */
    public ZipBuilder add(String name, IoConsumer<OutputStream> writer) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        writer.accept(zip);
        zip.closeEntry();
        return this;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A consumer that may fail with an I/O error. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
