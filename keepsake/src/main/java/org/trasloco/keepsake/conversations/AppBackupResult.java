package org.trasloco.keepsake.conversations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trasloco.core.i18n.LocalizedText;

/**
 * What the new backup holds beyond the old one.
 *
 * @param output the new backup
 * @param account the account it restores, e.g. {@code anna@example.org}
 * @param app the app that made the original ("Conversations", "Snikket", …)
 * @param conversationsAdded conversations the app did not have
 * @param conversationsExtended conversations the app had, now with the old messages too
 * @param messagesAdded messages added
 * @param messagesAlreadyThere messages left out because the backup already had them (an earlier run)
 * @param linesLeftOut system lines and deleted messages, which have no place in the app
 * @param skipped conversations left out, each with the reason
 * @param rowsKept rows of the original backup, all kept
 * @param warning something the user should know before restoring, if anything
 */
public record AppBackupResult(Path output, String account, String app, int conversationsAdded, int conversationsExtended,
        long messagesAdded, long messagesAlreadyThere, long linesLeftOut, List<Skipped> skipped, long rowsKept,
        LocalizedText warning) {

    /**
     * A conversation left out.
     *
     * @param title its name
     * @param reason why
     */
    public record Skipped(String title, LocalizedText reason) {
    }

    /**
     * Copies the list.
     *
     * @param output the new backup
     * @param account the account
     * @param app the app
     * @param conversationsAdded new conversations
     * @param conversationsExtended extended conversations
     * @param messagesAdded messages added
     * @param messagesAlreadyThere messages already there
     * @param linesLeftOut system lines and deleted messages
     * @param skipped conversations left out
     * @param rowsKept rows kept
     * @param warning a warning or {@code null}
     */
    public AppBackupResult {
        skipped = List.copyOf(skipped);
    }

    /** The warning, if there is one. */
    public Optional<LocalizedText> warningIfAny() {
        return Optional.ofNullable(warning);
    }
}
