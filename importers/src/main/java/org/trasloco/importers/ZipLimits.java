package org.trasloco.importers;

/**
 * The limits a zip must respect before Trasloco reads from it, against damaged archives and zip
 * bombs. Sizes are what actually unpacks, counted while reading, not what the archive claims.
 *
 * @param maxEntries the most files an archive may hold
 * @param maxEntryBytes the most bytes one file may unpack to
 * @param maxTotalBytes the most bytes all files together may claim to unpack to
 * @param maxRatio the most a file may grow when unpacked (unpacked / packed), once it is larger
 *     than {@code ratioThresholdBytes}
 * @param ratioThresholdBytes below this unpacked size the ratio is not checked (tiny files
 *     compress well)
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
        long ratioThresholdBytes) {

    /**
     * Generous for real exports (a WhatsApp zip with 10,000 media files of a few gigabytes; text
     * compresses about tenfold), tight enough to stop bombs early.
     */
    public static final ZipLimits DEFAULT = new ZipLimits(200_000, 8L << 30, 64L << 30, 100, 16L << 20);

    /**
     * Checks the limits.
     *
     * @param maxEntries most files
     * @param maxEntryBytes most bytes per file
     * @param maxTotalBytes most bytes in all
     * @param maxRatio most growth
     * @param ratioThresholdBytes size from which growth is checked
     */
    public ZipLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 1 || ratioThresholdBytes < 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
