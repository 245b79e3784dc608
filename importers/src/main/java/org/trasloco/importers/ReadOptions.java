package org.trasloco.importers;

import java.time.ZoneId;
import java.util.Objects;
import org.trasloco.core.time.DateOrder;
import org.trasloco.importers.io.ZipLimits;

/**
 * Choices the user made that override what a reader would detect.
 *
 * @param dateOrder the day/month order to use, or {@code null} to decide from the data
 * @param zone the zone wall-clock times of the export were written in, for formats that need one
 *     to compute instants
 * @param zipLimits the limits a zip must respect to be read at all
 */
public record ReadOptions(DateOrder dateOrder, ZoneId zone, ZipLimits zipLimits) {

    /**
     * Checks the components.
     *
     * @param dateOrder the forced order or {@code null}
     * @param zone the zone
     * @param zipLimits the zip limits
     */
    public ReadOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(zipLimits, "zipLimits");
    }

    /** Detect everything; the system's zone; the default zip limits. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, ZoneId.systemDefault(), ZipLimits.DEFAULT);
    }

    /**
     * Returns these options with a forced date order.
     *
     * @param order the order, or {@code null} to detect it
     * @return a copy
     */
    public ReadOptions withDateOrder(DateOrder order) {
        return new ReadOptions(order, zone, zipLimits);
    }

    /**
     * Returns these options with another zone.
     *
     * @param newZone the zone
     * @return a copy
     */
    public ReadOptions withZone(ZoneId newZone) {
        return new ReadOptions(dateOrder, newZone, zipLimits);
    }

    /**
     * Returns these options with other zip limits.
     *
     * @param limits the limits
     * @return a copy
     */
    public ReadOptions withZipLimits(ZipLimits limits) {
        return new ReadOptions(dateOrder, zone, limits);
    }
}
