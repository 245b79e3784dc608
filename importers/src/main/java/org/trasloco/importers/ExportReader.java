package org.trasloco.importers;

import java.nio.file.Path;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.Network;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;

/**
 * Reads one export format. Implementations are stateless and thread-safe: every {@link #read} call
 * keeps its state on its own stack.
 */
public interface ExportReader {

    /** The network whose exports this reader reads. */
    Network network();

    /**
     * Says, cheaply and conservatively, whether {@code path} is an export this reader can read. Reads
     * at most the head of a file or the listing of a zip or folder; never throws for unreadable
     * input (it just does not recognise it).
     *
     * @param path a file or folder the user gave
     * @return {@code true} only when {@link #read} is expected to succeed
     */
    boolean recognizes(Path path);

    /**
     * Reads the export, streaming every conversation and message into {@code sink} in export order.
     * Memory use does not grow with the size of the export.
     *
     * @param path the export (file, zip or folder)
     * @param options choices that override detection
     * @param sink receives conversations, messages and warnings
     * @param progress told how many bytes of how many are read
     * @param cancellation asked between messages whether to stop
     * @return what the reader decided while reading (e.g. the date order)
     * @throws org.trasloco.core.error.TraslocoException of kind {@code BAD_INPUT} naming the file and
     *     line or entry when the export cannot be read, or {@code CANCELLED}
     */
    ReadResult read(Path path, ReadOptions options, HistorySink sink, ProgressListener progress,
            Cancellation cancellation);
}
