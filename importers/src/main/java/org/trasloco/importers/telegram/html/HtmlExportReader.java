package org.trasloco.importers.telegram.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.telegram.chat.ExportClock;
import org.trasloco.importers.telegram.chat.ExportFiles;
import org.trasloco.importers.telegram.chat.ReadNotes;

/**
 * Reads Telegram Desktop's "Human-readable HTML" exports: one chat ({@code messages.html},
 * {@code messages2.html}, … in a folder) or a whole account ({@code export_results.html} with its
 * chat folders, contact list and personal information). Every page of every chat is checked to be
 * there before the first message is read.
 */
public final class HtmlExportReader {

    private HtmlExportReader() {
    }

    /**
     * Reads the chat whose pages are in {@code folder}.
     *
     * @param folder the folder with {@code messages.html}
     * @param root the export folder that media links lead into: the same folder for a single-chat
     *     export, the account export's folder for one of its chats
     * @param options the zone, whether a page cut short may be read up to the cut
     * @param sink receives the conversation and warnings
     * @param progress told how many bytes of pages are read
     * @param cancellation asked between pages
     * @return what was read
     * @throws org.trasloco.core.error.TraslocoException {@code BAD_INPUT} for missing, foreign or
     *     cut pages (unless accepted), or a link leaving the export folder
     */
    public static ReadResult readChat(Path folder, Path root, ReadOptions options, HistorySink sink,
            ProgressListener progress, Cancellation cancellation) {
        try {
            ReadNotes notes = new ReadNotes(sink);
            ExportFiles files = new ExportFiles(root, notes);
            List<Path> pages = ChatPages.of(folder, files.label(folder));
            HtmlRead read = new HtmlRead(sink, notes, new ExportClock(options.zone(), notes), files,
                    options, progress, cancellation, size(pages));
            new HtmlChat(read, null).read(pages);
            files.reportMissing(files.label(pages.get(0)));
            return new ReadResult("telegram-html-chat", read.messages(), notes.count(), null, read.partial());
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, folder);
        }
    }

    /**
     * Reads a full account export: the owner and contact list first, then every chat with messages.
     *
     * @param root the folder with {@code export_results.html}
     * @param options the zone, whether a page cut short may be read up to the cut
     * @param sink receives conversations, phone-book entries and warnings
     * @param progress told how many bytes of pages are read
     * @param cancellation asked between pages
     * @return what was read
     * @throws org.trasloco.core.error.TraslocoException {@code BAD_INPUT} as for {@link #readChat}
     */
    public static ReadResult readAccount(Path root, ReadOptions options, HistorySink sink, ProgressListener progress,
            Cancellation cancellation) {
        try {
            ReadNotes notes = new ReadNotes(sink);
            ExportFiles files = new ExportFiles(root, notes);
            List<List<Path>> chats = new ArrayList<>();
            List<AccountPages.ListedChat> listed = AccountPages.chats(files.root(), files);
            long bytes = 0;
            for (AccountPages.ListedChat chat : listed) {
                List<Path> pages = ChatPages.of(chat.folder(), files.label(chat.folder()));
                chats.add(pages);
                bytes += size(pages);
            }
            PhoneBookEntry owner = AccountPages.owner(files.root());
            if (owner != null) {
                sink.owner(owner);
            }
            AccountPages.contacts(files.root()).forEach(sink::phoneBookEntry);
            HtmlRead read = new HtmlRead(sink, notes, new ExportClock(options.zone(), notes), files,
                    options, progress, cancellation, bytes);
            for (int i = 0; i < chats.size(); i++) {
                new HtmlChat(read, listed.get(i).kind()).read(chats.get(i));
            }
            files.reportMissing("export_results.html");
            return new ReadResult("telegram-html-account", read.messages(), notes.count(), null, read.partial());
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, root);
        }
    }

    private static long size(List<Path> pages) throws IOException {
        long total = 0;
        for (Path page : pages) {
            total += Files.size(page);
        }
        return total;
    }
}
