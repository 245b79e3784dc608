package org.trasloco.move.keepsake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.keepsake.MediaSource;
import org.trasloco.keepsake.MyNames;
import org.trasloco.keepsake.Selection;
import org.trasloco.keepsake.book.BookOptions;
import org.trasloco.keepsake.book.BookResult;
import org.trasloco.keepsake.book.KeepsakeBook;
import org.trasloco.keepsake.conversations.AppBackupOptions;
import org.trasloco.keepsake.conversations.AppBackupResult;
import org.trasloco.keepsake.conversations.AppCounterpart;
import org.trasloco.keepsake.conversations.ConversationsBackup;
import org.trasloco.keepsake.html.HtmlKeepsake;
import org.trasloco.keepsake.html.HtmlKeepsakeOptions;
import org.trasloco.keepsake.html.HtmlKeepsakeResult;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.history.ExportMedia;
import org.trasloco.xmpp.archive.people.Correspondent;
import org.trasloco.xmpp.archive.people.MappedCorrespondents;

/**
 * The private copies of a move: the same conversations the move takes (or those the user names),
 * the user's own messages marked as theirs, attachments from the exports the user gives. Nothing
 * here touches the network.
 */
public final class PrivateCopies {

    private final MoveChoices choices;

    /**
     * The copies of a move.
     *
     * @param choices the move's choices (and its workspace)
     */
    public PrivateCopies(MoveChoices choices) {
        this.choices = Objects.requireNonNull(choices, "choices");
    }

    /**
     * Which part of the history: the conversations that move, or those named, between two days.
     *
     * @param titles conversation names as the user typed them; none for every conversation that moves
     * @param from the first day, or {@code null}
     * @param to the last day, or {@code null}
     * @return the selection
     * @throws TraslocoException {@code USAGE} naming a conversation the workspace does not have
     */
    public Selection selection(List<String> titles, LocalDate from, LocalDate to) {
        List<ConversationSummary> moving = choices.moving();
        Set<Selection.ConversationRef> picked = new LinkedHashSet<>();
        if (titles.isEmpty()) {
            moving.forEach(summary -> picked.add(Selection.ConversationRef.of(summary)));
        }
        for (String title : titles) {
            List<ConversationSummary> named = choices.workspace().conversations().stream()
                    .filter(summary -> summary.title().equalsIgnoreCase(title.strip())).toList();
            if (named.isEmpty()) {
                throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.CONVERSATION_UNKNOWN, title,
                        moving.stream().map(ConversationSummary::title).collect(Collectors.joining(", ")));
            }
            named.forEach(summary -> picked.add(Selection.ConversationRef.of(summary)));
        }
        Selection selection = Selection.all().onlyConversations(picked);
        return from == null && to == null ? selection : selection.between(from, to);
    }

    /**
     * Writes the web keepsake: a folder that opens in any browser, offline.
     *
     * @param folder the folder to write (new, or empty)
     * @param language the keepsake's language
     * @param largePrint whether it opens in large print
     * @param selection which part of the history
     * @param mediaExports the exports to copy photos, voice notes and files from
     * @param progress messages done of the total
     * @param cancellation stops it; nothing half-written is left
     * @return what was written
     */
    public HtmlKeepsakeResult keepsake(Path folder, Locale language, boolean largePrint, Selection selection,
            List<Path> mediaExports, ProgressListener progress, Cancellation cancellation) {
        HtmlKeepsakeOptions options = HtmlKeepsakeOptions.of(folder, language).withSelection(selection)
                .withMyNames(MyNames.of(choices.workspace())).withLargePrint(largePrint);
        try (Media media = Media.of(mediaExports)) {
            return HtmlKeepsake.write(choices.workspace(), options, media.source(), progress, cancellation);
        }
    }

    /**
     * Writes the book to print.
     *
     * @param pdf the file to write
     * @param language the book's language
     * @param paper A4 or Letter
     * @param size normal or large print
     * @param selection which part of the history
     * @param mediaExports the exports to take photos from
     * @param progress messages done of the total
     * @param cancellation stops it; nothing half-written is left
     * @return what was written
     */
    public BookResult book(Path pdf, Locale language, PaperFormat paper, PrintSize size, Selection selection,
            List<Path> mediaExports, ProgressListener progress, Cancellation cancellation) {
        BookOptions options = BookOptions.of(pdf, language).withPrint(paper, size).withSelection(selection)
                .withMyNames(MyNames.of(choices.workspace()));
        try (Media media = Media.of(mediaExports)) {
            return KeepsakeBook.write(choices.workspace(), options, media.source(), progress, cancellation);
        }
    }

    /**
     * Adds the history to the user's Conversations backup: each direct chat with a person whose XMPP
     * address the people step knows becomes a conversation with them in the app.
     *
     * @param backup the backup made in the app
     * @param output the new backup to write
     * @param password the account's password (it encrypts the backups); wiped here
     * @param language the language of the result's texts
     * @param selection which part of the history
     * @param progress bytes of the backup read, then messages
     * @param cancellation stops it; nothing half-written is left
     * @return what was added, and what was left out and why
     */
    public AppBackupResult phoneBackup(Path backup, Path output, char[] password, Locale language, Selection selection,
            ProgressListener progress, Cancellation cancellation) {
        Set<String> me = MyNames.of(choices.workspace());
        AppBackupOptions options = AppBackupOptions.of(backup, output, language, me).withZone(choices.zoneOrSystem())
                .withSelection(selection);
        MappedCorrespondents people = MappedCorrespondents.of(choices.workspace(), me);
        return ConversationsBackup.addHistory(choices.workspace(), options, password,
                conversation -> counterpart(people, conversation), progress, cancellation);
    }

    /** The person a direct chat is with, when the people step gave them an XMPP address. */
    private Optional<AppCounterpart> counterpart(MappedCorrespondents people, ConversationSummary conversation) {
        if (conversation.kind() != ConversationKind.DIRECT) {
            return Optional.empty();
        }
        for (Participant participant : choices.workspace().participants(conversation.network(), conversation.key())) {
            Correspondent who = people.resolve(conversation.network(), conversation.key(), participant.name());
            if (who instanceof Correspondent.Known known) {
                return Optional.of(new AppCounterpart.Person(known.address()));
            }
        }
        return Optional.empty();
    }

    /** The exports' files, open for the length of one copy. */
    private record Media(ExportMedia exports) implements AutoCloseable {
        static Media of(List<Path> paths) {
            return new Media(paths.isEmpty() ? null : ExportMedia.open(paths));
        }

        MediaSource source() {
            if (exports == null) {
                return MediaSource.NONE;
            }
            return (conversation, attachment) -> {
                var file = exports.find(attachment);
                return file.isPresent() ? Optional.of(file.get().content().open()) : Optional.empty();
            };
        }

        @Override
        public void close() {
            if (exports != null) {
                exports.close();
            }
        }
    }
}
