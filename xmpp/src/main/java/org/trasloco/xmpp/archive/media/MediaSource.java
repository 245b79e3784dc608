package org.trasloco.xmpp.archive.media;

import java.util.Optional;
import org.trasloco.core.history.Attachment;

/** Finds the file of an attachment in the exports the user gave (a zip, a folder). */
@FunctionalInterface
public interface MediaSource {

    /**
     * The file of an attachment.
     *
     * @param attachment the attachment, with its location in the export
     * @return the file, or empty when it is not in the exports
     */
    Optional<MediaFile> find(Attachment attachment);
}
