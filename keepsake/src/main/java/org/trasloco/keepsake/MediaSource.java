package org.trasloco.keepsake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.workspace.ConversationSummary;

/**
 * Where the files of the history come from: the exports the user still has (a WhatsApp zip, a
 * Telegram export folder). The keepsake asks for each attachment it shows and copies what it gets;
 * it never opens a path itself, so the caller decides which exports are read and how safely (the
 * importers module supplies one that reads zips and folders with its safe-extraction limits).
 *
 * <p>Implementations are called from the writing thread only, one file at a time.
 */
@FunctionalInterface
public interface MediaSource {

    /** A source with no files at all: every attachment is shown as not included. */
    MediaSource NONE = (conversation, attachment) -> Optional.empty();

    /**
     * Opens one attachment's file.
     *
     * @param conversation the conversation the attachment belongs to
     * @param attachment the attachment as the workspace records it (its {@link Attachment#location()}
     *     says where it was in the export)
     * @return the file's bytes, to be read once and closed by the caller; empty when the file is not
     *     available (not in the export, export not given, refused as unsafe)
     * @throws IOException when the file exists but cannot be read; the keepsake then shows it as not
     *     included and goes on
     */
    Optional<InputStream> open(ConversationSummary conversation, Attachment attachment) throws IOException;
}
