package org.trasloco.importers.telegram.chat;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.i18n.LocalizedText;

/**
 * The warnings of one read: passed to the sink as they occur and counted; notes about the whole
 * export (the time zone used, for instance) are said only once. Not thread-safe: one per read.
 */
public final class ReadNotes {

    private final HistorySink sink;
    private final Set<TelegramMessages> said = EnumSet.noneOf(TelegramMessages.class);
    private long count;

    /**
     * Creates the notes of one read.
     *
     * @param sink where warnings go
     */
    public ReadNotes(HistorySink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Reports a warning.
     *
     * @param key what is odd
     * @param file the export file it concerns
     * @param line the line in that file, or 0
     * @param args the text's arguments
     */
    public void warn(TelegramMessages key, String file, long line, Object... args) {
        count++;
        sink.warning(new ImportWarning(LocalizedText.of(key, args), file, line));
    }

    /**
     * Reports a warning unless one with the same key was reported before in this read.
     *
     * @param key what is odd
     * @param file the export file it concerns
     * @param line the line in that file, or 0
     * @param args the text's arguments
     */
    public void once(TelegramMessages key, String file, long line, Object... args) {
        if (said.add(key)) {
            warn(key, file, line, args);
        }
    }

    /** How many warnings were reported. */
    public long count() {
        return count;
    }
}
