package org.trasloco.importers;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.core.time.DateOrder;
import org.trasloco.importers.ZipLimits;

/**
 * Choices the user made that override what a reader would detect.
 *
 * @param dateOrder the day/month order to use, or {@code null} to decide from the data
 * @param zone the zone wall-clock times of the export were written in, for formats that need one
 *     to compute instants
 * @param zipLimits the limits a zip must respect to be read at all
 * @param acceptPartial whether an export that ends early (an interrupted copy) may be read up to the
 *     cut; otherwise a reader refuses it, so that nothing incomplete is imported unnoticed
 * @param locale the reader's language, for the words Trasloco writes into a message whose content is
 *     not text (a shared location, a poll, a contact card)
 */
public record ReadOptions(DateOrder dateOrder, ZoneId zone, ZipLimits zipLimits, boolean acceptPartial,
        Locale locale) {

    /**
     * Checks the components.
     *
     * @param dateOrder the forced order or {@code null}
     * @param zone the zone
     * @param zipLimits the zip limits
     * @param acceptPartial whether a truncated export may be read up to the cut
     * @param locale the reader's language
     */
    public ReadOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(zipLimits, "zipLimits");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * Detect everything; the system's zone; the default zip limits; truncated exports refused; the
     * default language (the CLI and the wizard set it to the user's).
     */
    public static ReadOptions defaults() {
        return new ReadOptions(null, ZoneId.systemDefault(), ZipLimits.DEFAULT, false, Locale.getDefault());
    }

    /**
     * Returns these options with another language.
     *
     * @param newLocale the reader's language
     * @return a copy
     */
    public ReadOptions withLocale(Locale newLocale) {
        return new ReadOptions(dateOrder, zone, zipLimits, acceptPartial, newLocale);
    }

    /**
     * Returns these options with a forced date order.
     *
     * @param order the order, or {@code null} to detect it
     * @return a copy
     */
    public ReadOptions withDateOrder(DateOrder order) {
        return new ReadOptions(order, zone, zipLimits, acceptPartial, locale);
    }

    /**
     * Returns these options with another zone.
     *
     * @param newZone the zone
     * @return a copy
     */
    public ReadOptions withZone(ZoneId newZone) {
        return new ReadOptions(dateOrder, newZone, zipLimits, acceptPartial, locale);
    }

    /**
     * Returns these options with other zip limits.
     *
     * @param limits the limits
     * @return a copy
     */
    public ReadOptions withZipLimits(ZipLimits limits) {
        return new ReadOptions(dateOrder, zone, limits, acceptPartial, locale);
    }

    /**
     * Returns these options with a partial read of truncated exports allowed or not.
     *
     * @param accept whether a truncated export may be read up to the cut
     * @return a copy
     */
    public ReadOptions withAcceptPartial(boolean accept) {
        return new ReadOptions(dateOrder, zone, zipLimits, accept, locale);
    }
}
