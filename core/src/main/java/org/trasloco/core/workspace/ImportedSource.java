package org.trasloco.core.workspace;

import java.time.Instant;
import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * One export read into the workspace, as the import recorded it: where it was on disk when it was
 * read (a zip, a folder or a chat file), so that later steps can find its photos and files again.
 *
 * @param id the import's row in the workspace ({@link ImportReport#sourceId()})
 * @param network the export's network
 * @param path the export as the user named it when importing
 * @param importedAt when it was imported
 * @param messagesRead how many messages the export held
 * @param messagesAdded how many of them were new to the workspace
 */
public record ImportedSource(long id, Network network, String path, Instant importedAt, long messagesRead,
        long messagesAdded) {

    /**
     * Checks the components.
     *
     * @param id the row
     * @param network the network
     * @param path the export
     * @param importedAt when
     * @param messagesRead messages in the export
     * @param messagesAdded messages new to the workspace
     */
    public ImportedSource {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
