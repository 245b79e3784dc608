package org.trasloco.keepsake.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.keepsake.MediaSource;

/**
 * Copies the files of the exports into the keepsake's {@code media} folder, under names the
 * keepsake makes itself (the number of the message and a cleaned copy of the original name), so
 * that a file name from an export can never point outside the folder or break a page.
 */
final class MediaCopier {

    private static final System.Logger LOG = System.getLogger(MediaCopier.class.getName());
    private static final int MAX_NAME = 80;

    private final Path root;
    private final MediaSource source;
    private long copied;
    private long missing;

    MediaCopier(Path root, MediaSource source) {
        this.root = root;
        this.source = source;
    }

    /**
     * Copies one attachment.
     *
     * @return the copy's path relative to the keepsake's top folder, with {@code /} separators;
     *     empty when the file is not available
     */
    Optional<String> copy(ConversationSummary conversation, String folder, long ordinal, int position,
            Attachment attachment) throws IOException {
        if (!attachment.present()) {
            missing++;
            return Optional.empty();
        }
        Optional<InputStream> opened;
        try {
            opened = source.open(conversation, attachment);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "an attachment could not be read; it is shown as not included", e);
            missing++;
            return Optional.empty();
        }
        if (opened.isEmpty()) {
            missing++;
            return Optional.empty();
        }
        String relative = "media/" + folder + "/" + ordinal + "-" + position + "-" + safeName(attachment.fileName());
        Path target = root.resolve(relative);
        Files.createDirectories(target.getParent());
        try (InputStream in = opened.get()) {
            Files.copy(in, target);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            LOG.log(System.Logger.Level.WARNING, "an attachment could not be copied; it is shown as not included", e);
            missing++;
            return Optional.empty();
        }
        copied++;
        return Optional.of(relative);
    }

    long copied() {
        return copied;
    }

    long missing() {
        return missing;
    }

    /** The last part of a name, with only letters, digits, dot, dash and underscore, not starting with a dot. */
    static String safeName(String fileName) {
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(Math.min(last.length(), MAX_NAME));
        for (int i = 0; i < last.length() && clean.length() < MAX_NAME; i++) {
            char c = last.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (c == '.' && clean.length() > 0);
            clean.append(plain ? c : '_');
        }
        int dot = last.lastIndexOf('.');
        String extension = dot > 0 ? last.substring(dot).toLowerCase(Locale.ROOT) : "";
        if (extension.length() <= 6 && extension.chars().skip(1).allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch))
                && !clean.toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            clean.append(extension);
        }
        return clean.length() == 0 ? "file" : clean.toString();
    }
}
