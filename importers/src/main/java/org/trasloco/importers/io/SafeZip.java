package org.trasloco.importers.io;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ZipLimits;

/**
 * A zip archive opened for reading without trusting it: entry names that would point outside the
 * archive (absolute paths, {@code ..} segments, drive letters) make the whole archive refused, the
 * number of entries and their declared sizes are limited, and every entry read is counted while it
 * unpacks, so that a zip bomb is stopped however its sizes lie. Nothing is ever extracted to disk.
 */
public final class SafeZip implements Closeable {

    private static final Charset LEGACY_NAMES = Charset.forName("IBM437");

    private final Path path;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final List<String> names;

    private SafeZip(Path path, ZipFile zip, ZipLimits limits, List<String> names) {
        this.path = path;
        this.zip = zip;
        this.limits = limits;
        this.names = names;
    }

    /**
     * Opens and checks an archive.
     *
     * @param path the zip file
     * @param limits the limits it must respect
     * @return the open archive
     * @throws org.trasloco.core.error.TraslocoException of kind {@code BAD_INPUT} when the archive is
     *     damaged, holds an unsafe name, or breaks a limit
     */
    public static SafeZip open(Path path, ZipLimits limits) {
        ZipFile zip = openWithNames(path);
        try {
            List<String> names = new ArrayList<>();
            long declaredTotal = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (names.size() >= limits.maxEntries()) {
                    throw InputErrors.badInput(ImporterMessages.ZIP_TOO_MANY_ENTRIES, path, zip.size(),
                            limits.maxEntries());
                }
                String name = entry.getName();
                if (!isSafeName(name)) {
                    throw InputErrors.badInput(ImporterMessages.ZIP_UNSAFE_ENTRY, path, name);
                }
                if (entry.getSize() > limits.maxEntryBytes()) {
                    throw InputErrors.badInput(ImporterMessages.ZIP_ENTRY_TOO_LARGE, path, name,
                            limits.maxEntryBytes() >> 20);
                }
                declaredTotal += Math.max(0, entry.getSize());
                if (declaredTotal > limits.maxTotalBytes()) {
                    throw InputErrors.badInput(ImporterMessages.ZIP_TOTAL_TOO_LARGE, path, limits.maxTotalBytes() >> 20);
                }
                if (!entry.isDirectory()) {
                    names.add(name);
                }
            }
            return new SafeZip(path, zip, limits, Collections.unmodifiableList(names));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static ZipFile openWithNames(Path path) {
        try {
            return new ZipFile(path.toFile());
        } catch (ZipException | IllegalArgumentException utf8Failed) {
            // Archives made by old tools store names in the DOS code page without the UTF-8 flag.
            try {
                return new ZipFile(path.toFile(), LEGACY_NAMES);
            } catch (IOException | IllegalArgumentException e) {
                throw InputErrors.badInput(utf8Failed, ImporterMessages.ZIP_DAMAGED, path);
            }
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, path);
        }
    }

    /**
     * Whether a name stays inside the archive: relative, no {@code ..} segment, no drive letter, no
     * NUL. Backslashes count as separators, as Windows tools would treat them.
     *
     * @param name an entry name
     * @return {@code true} when safe
     */
    public static boolean isSafeName(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return false;
        }
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The archive's file. */
    public Path path() {
        return path;
    }

    /** The names of its files (not folders), in archive order. */
    public List<String> names() {
        return names;
    }

    /**
     * The declared unpacked size of an entry.
     *
     * @param name the entry
     * @return its size in bytes, or -1 when the archive does not say
     */
    public long size(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getSize();
    }

    /**
     * Opens an entry for reading; the stream fails with a domain error as soon as it unpacks beyond
     * the limits.
     *
     * @param name the entry
     * @return the unpacked bytes
     * @throws IOException when the entry cannot be read
     */
    public InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ZipException("no entry " + name);
        }
        long packed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : -1;
        return new LimitedInflation(zip.getInputStream(entry), name, packed);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // The check that failed is what matters.
        }
    }

    /** Counts unpacked bytes and stops at the entry limit or an implausible growth ratio. */
    private final class LimitedInflation extends FilterInputStream {
        private final String name;
        private final long packed;
        private long unpacked;

        LimitedInflation(InputStream in, String name, long packed) {
            super(in);
            this.name = name;
            this.packed = packed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                account(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                account(n);
            }
            return n;
        }

        private void account(int n) {
            unpacked += n;
            if (unpacked > limits.maxEntryBytes()) {
                throw InputErrors.badInput(ImporterMessages.ZIP_ENTRY_TOO_LARGE, path, name,
                        limits.maxEntryBytes() >> 20);
            }
            if (packed > 0 && unpacked > limits.ratioThresholdBytes() && unpacked / packed > limits.maxRatio()) {
                throw InputErrors.badInput(ImporterMessages.ZIP_BOMB, path, name);
            }
        }
    }

    /**
     * The file name part of an entry name.
     *
     * @param name an entry name
     * @return what follows the last {@code /} or {@code \}
     */
    public static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /**
     * Whether an entry is operating-system clutter rather than part of the export
     * ({@code __MACOSX/}, {@code ._name}, {@code .DS_Store}).
     *
     * @param name an entry name
     * @return {@code true} for clutter
     */
    public static boolean isClutter(String name) {
        String base = baseName(name);
        return name.startsWith("__MACOSX/") || base.startsWith("._") || base.toLowerCase(Locale.ROOT).equals(".ds_store");
    }
}
