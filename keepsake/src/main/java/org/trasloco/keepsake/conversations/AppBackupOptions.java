package org.trasloco.keepsake.conversations;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trasloco.keepsake.Selection;

/**
 * What goes into the phone-app backup.
 *
 * @param backup the user's own backup, as the app made it
 * @param output where the new backup goes (may be the same file: it is replaced only when complete)
 * @param zone the zone of the exports' wall-clock times (for WhatsApp, whose exports carry no zone)
 * @param locale the language of the few texts written into messages (a photo's name, "forwarded from")
 * @param selection which conversations and days
 * @param myNames the names the user writes under: their messages go in as sent
 * @param madeAt the time written into the new backup's header
 */
public record AppBackupOptions(Path backup, Path output, ZoneId zone, Locale locale, Selection selection,
        Set<String> myNames, Instant madeAt) {

    /**
     * Checks and copies.
     *
     * @param backup the input backup
     * @param output the new backup
     * @param zone the exports' zone
     * @param locale the language
     * @param selection the conversations and days
     * @param myNames the user's names
     * @param madeAt the header's time
     */
    public AppBackupOptions {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(selection, "selection");
        myNames = Set.copyOf(Objects.requireNonNull(myNames, "myNames"));
        Objects.requireNonNull(madeAt, "madeAt");
    }

    /**
     * Everything in the workspace, the system's zone, made now.
     *
     * @param backup the user's backup
     * @param output the new backup
     * @param locale the language
     * @param myNames the user's names (see {@link org.trasloco.keepsake.MyNames})
     * @return the options
     */
    public static AppBackupOptions of(Path backup, Path output, Locale locale, Set<String> myNames) {
        return new AppBackupOptions(backup, output, ZoneId.systemDefault(), locale, Selection.all(), myNames, Instant.now());
    }

    /**
     * Returns these options with another zone.
     *
     * @param value the zone
     * @return a copy
     */
    public AppBackupOptions withZone(ZoneId value) {
        return new AppBackupOptions(backup, output, value, locale, selection, myNames, madeAt);
    }

    /**
     * Returns these options with another selection.
     *
     * @param value the conversations and days
     * @return a copy
     */
    public AppBackupOptions withSelection(Selection value) {
        return new AppBackupOptions(backup, output, zone, locale, value, myNames, madeAt);
    }

    /**
     * Returns these options with another header time.
     *
     * @param value the time
     * @return a copy
     */
    public AppBackupOptions withMadeAt(Instant value) {
        return new AppBackupOptions(backup, output, zone, locale, selection, myNames, value);
    }
}
