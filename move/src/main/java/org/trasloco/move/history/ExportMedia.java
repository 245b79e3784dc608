package org.trasloco.move.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.importers.io.MediaLookup;
import org.trasloco.importers.ZipLimits;
import org.trasloco.xmpp.archive.media.MediaFile;
import org.trasloco.move.MoveMessages;
import org.trasloco.xmpp.archive.media.MediaSource;

/**
 * The files of attachments, looked up in the exports the user names with {@code --media}: inside a
 * zip by its entry name, in a folder (or next to a loose chat file) by its relative path, by the
 * importers' {@link MediaLookup} (regular files really inside the export only: no link, no {@code ..}).
 * Read-only; nothing is extracted to disk.
 */
public final class ExportMedia implements MediaSource, AutoCloseable {

    private final MediaLookup lookup;

    private ExportMedia(MediaLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Opens the exports for looking attachments up in them.
     *
     * @param exports WhatsApp zips, export folders, or loose chat files (their folder is used)
     * @return the lookup; close it after use
     * @throws TraslocoException {@code BAD_INPUT} when an export cannot be read
     */
    public static ExportMedia open(List<Path> exports) {
        try {
            return new ExportMedia(MediaLookup.open(exports, ZipLimits.DEFAULT));
        } catch (TraslocoException e) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                    LocalizedText.of(MoveMessages.MEDIA_UNREADABLE, exports), e);
        }
    }

    @Override
    public Optional<MediaFile> find(Attachment attachment) {
        return lookup.find(attachment.location()).map(found -> new MediaFile(attachment.fileName(),
                attachment.mediaType(), found.size(), found.content()::open));
    }

    @Override
    public void close() {
        lookup.close();
    }
}
