package org.trasloco.importers.telegram.html;

import java.util.HashSet;
import java.util.Set;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.telegram.chat.ExportClock;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.telegram.chat.ExportFiles;
import org.trasloco.importers.telegram.chat.MediaWords;
import org.trasloco.importers.telegram.chat.ReadNotes;

/** What the chats of one HTML export share while it is read. Not thread-safe: one per read. */
final class HtmlRead {

    final HistorySink sink;
    final ReadNotes notes;
    final ExportClock clock;
    final ExportFiles files;
    final boolean acceptPartial;
    final MediaWords words;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private final long totalBytes;
    private final Set<String> keys = new HashSet<>();
    private long bytesRead;
    private long messages;
    private boolean partial;

    HtmlRead(HistorySink sink, ReadNotes notes, ExportClock clock, ExportFiles files, ReadOptions options,
            ProgressListener progress, Cancellation cancellation, long totalBytes) {
        this.sink = sink;
        this.notes = notes;
        this.clock = clock;
        this.files = files;
        this.acceptPartial = options.acceptPartial();
        this.words = new MediaWords(options.locale());
        this.progress = progress;
        this.cancellation = cancellation;
        this.totalBytes = totalBytes;
    }

    /** One more page is read. */
    void pageRead(long size) {
        bytesRead += size;
        cancellation.throwIfCancelled();
        progress.progress(bytesRead, totalBytes);
    }

    /** One more message is written. */
    void messageWritten() {
        messages++;
    }

    /** How many messages were written. */
    long messages() {
        return messages;
    }

    /** A page was cut short and read up to the cut. */
    void markPartial() {
        partial = true;
    }

    /** Whether a page was cut short. */
    boolean partial() {
        return partial;
    }

    /**
     * The conversation key of a chat known only by its title (HTML has no chat ids): the title, and a
     * number when two chats of the export share it.
     */
    String keyFor(String title) {
        String key = "title:" + title;
        for (int n = 2; !keys.add(key); n++) {
            key = "title:" + title + " #" + n;
        }
        return key;
    }
}
