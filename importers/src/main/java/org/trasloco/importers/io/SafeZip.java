package org.trasloco.importers.io;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ZipLimits;

/**
 * A zip archive opened for reading without trusting it: entry names that would point outside the
 * archive (absolute paths, {@code ..} segments, drive letters) make the whole archive refused, the
 * number of entries and their declared sizes are limited, and every entry read is counted while it
 * unpacks, so that a zip bomb is stopped however its sizes lie. Link entries (made by {@code zip -y})
 * hold the text of a path, not a file of the export: they are left out of {@link #names()} and
 * cannot be opened. Nothing is ever extracted to disk.
 */
public final class SafeZip implements Closeable {

    private static final Charset LEGACY_NAMES = Charset.forName("IBM437");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Stored and deflated: what phones and every common zip tool write. */
    private static final Set<Integer> READABLE_METHODS = Set.of(ZipMethod.STORED.getCode(), ZipMethod.DEFLATED.getCode());

    private final Path path;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final List<String> names;
    private final Set<String> files;

    private SafeZip(Path path, ZipFile zip, ZipLimits limits, List<String> names) {
        this.path = path;
        this.zip = zip;
        this.limits = limits;
        this.names = names;
        this.files = new HashSet<>(names);
    }

    /**
     * Whether a file starts like a zip archive (the local file header signature).
     *
     * @param path any file
     * @return {@code true} when its first bytes are {@code PK\3\4}
     */
    public static boolean looksLikeZip(Path path) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(head, 0, 4) == 4 && Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException | SecurityException e) {
            return false;
        }
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
            int count = 0;
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw InputErrors.badInput(ImporterMessages.ZIP_TOO_MANY_ENTRIES, path,
                            Collections.list(zip.getEntries()).size(), limits.maxEntries());
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
                if (!entry.isDirectory() && !entry.isUnixSymlink()) {
                    names.add(name);
                }
            }
            return new SafeZip(path, zip, limits, Collections.unmodifiableList(names));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /**
     * Opens the archive with UTF-8 names; archives made by old tools store names in the DOS code page
     * without the UTF-8 flag, and are opened again that way when such a name does not decode.
     */
    private static ZipFile openWithNames(Path path) {
        ZipFile zip = openAs(path, StandardCharsets.UTF_8);
        if (!hasUndecodableName(zip)) {
            return zip;
        }
        closeQuietly(zip);
        return openAs(path, LEGACY_NAMES);
    }

    private static ZipFile openAs(Path path, Charset names) {
        if (!Files.isReadable(path)) {
            throw InputErrors.badInput(ImporterMessages.INPUT_READ_FAILED, path);
        }
        try {
            return ZipFile.builder().setPath(path).setCharset(names).setUseUnicodeExtraFields(true).get();
        } catch (IOException | RuntimeException e) {
            // The library reports a damaged directory with I/O and runtime errors alike.
            throw InputErrors.badInput(e, ImporterMessages.ZIP_DAMAGED, path);
        }
    }

    private static boolean hasUndecodableName(ZipFile zip) {
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            if (!entry.getGeneralPurposeBit().usesUTF8ForNames() && entry.getName().indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
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

    /** The names of its files (not folders, not links), in archive order. */
    public List<String> names() {
        return names;
    }

    /**
     * Whether the archive holds a file (not a folder, not a link) of that name.
     *
     * @param name an entry name
     * @return {@code true} when {@link #names()} contains it
     */
    public boolean holds(String name) {
        return files.contains(name);
    }

    /**
     * The declared unpacked size of an entry.
     *
     * @param name the entry
     * @return its size in bytes, or -1 when the archive does not say
     */
    public long size(String name) {
        ZipArchiveEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getSize();
    }

    /**
     * Opens a file entry for reading; the stream fails with a domain error as soon as it unpacks
     * beyond the limits.
     *
     * @param name the entry, one of {@link #names()}
     * @return the unpacked bytes
     * @throws IOException when the entry is not a file of the archive or cannot be read
     * @throws org.trasloco.core.error.TraslocoException of kind {@code BAD_INPUT} when the entry is
     *     encrypted or compressed in a way Trasloco does not read
     */
    public InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory() || entry.isUnixSymlink()) {
            throw new ZipException("no file entry " + name);
        }
        if (!READABLE_METHODS.contains(entry.getMethod()) || !zip.canReadEntryData(entry)) {
            // Other methods need libraries Trasloco does not ship (zstd, xz), or a password.
            throw InputErrors.badInput(ImporterMessages.ZIP_UNSUPPORTED, path, name);
        }
        InputStream unpacking = zip.getInputStream(entry);
        if (!(unpacking instanceof InputStreamStatistics)) {
            unpacking.close();
            throw new ZipException("compression method without byte counts in " + name);
        }
        return new LimitedInflation(unpacking, name);
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

    /**
     * Counts unpacked bytes and stops at the entry limit or at an implausible growth ratio. The ratio
     * is that of what has been unpacked so far to the compressed bytes consumed so far, so a bomb is
     * stopped soon after {@code ratioThresholdBytes} have unpacked, whatever the rest of the entry holds.
     */
    private final class LimitedInflation extends FilterInputStream {
        private final String name;
        private final InputStreamStatistics statistics;
        private long unpacked;

        LimitedInflation(InputStream in, String name) {
            super(in);
            this.name = name;
            this.statistics = (InputStreamStatistics) in;
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

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes are unpacked all the same: count them by reading.
            byte[] discard = new byte[(int) Math.min(8192, Math.max(0, n))];
            long skipped = 0;
            while (skipped < n) {
                int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        private void account(int n) {
            unpacked += n;
            if (unpacked > limits.maxEntryBytes()) {
                throw InputErrors.badInput(ImporterMessages.ZIP_ENTRY_TOO_LARGE, path, name,
                        limits.maxEntryBytes() >> 20);
            }
            if (unpacked > limits.ratioThresholdBytes()
                    && unpacked / Math.max(1, statistics.getCompressedCount()) > limits.maxRatio()) {
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
