package org.trasloco.move.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.media.MediaFile;
import org.trasloco.move.MoveMessages;
import org.trasloco.xmpp.archive.media.MediaSource;

/**
 * The files of attachments, looked up in the exports the user names with {@code --media}: inside a
 * zip by its entry name, in a folder (or next to a loose chat file) by its relative path. Read-only;
 * nothing is extracted to disk.
 */
public final class ExportMedia implements MediaSource, AutoCloseable {

    private final List<ZipFile> zips = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    private ExportMedia() {
    }

    public static ExportMedia open(List<Path> exports) {
        ExportMedia media = new ExportMedia();
        try {
            for (Path export : exports) {
                if (Files.isDirectory(export)) {
                    media.folders.add(export);
                } else if (export.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                    media.zips.add(new ZipFile(export.toFile()));
                } else {
                    media.folders.add(export.toAbsolutePath().getParent());
                }
            }
            return media;
        } catch (IOException e) {
            media.close();
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                    LocalizedText.of(MoveMessages.MEDIA_UNREADABLE, exports), e);
        }
    }

    @Override
    public Optional<MediaFile> find(Attachment attachment) {
        String location = attachment.location();
        if (location == null) {
            return Optional.empty();
        }
        for (ZipFile zip : zips) {
            ZipEntry entry = zip.getEntry(location);
            if (entry != null && !entry.isDirectory() && entry.getSize() >= 0) {
                return Optional.of(new MediaFile(attachment.fileName(), attachment.mediaType(), entry.getSize(),
                        () -> zip.getInputStream(entry)));
            }
        }
        for (Path folder : folders) {
            Path file = folder.resolve(location).normalize();
            if (file.startsWith(folder.normalize()) && Files.isRegularFile(file)) {
                try {
                    long size = Files.size(file);
                    return Optional.of(new MediaFile(attachment.fileName(), attachment.mediaType(), size,
                            () -> Files.newInputStream(file)));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        for (ZipFile zip : zips) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // Read-only: nothing is lost.
            }
        }
    }
}
