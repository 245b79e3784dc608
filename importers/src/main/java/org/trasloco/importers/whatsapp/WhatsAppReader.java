package org.trasloco.importers.whatsapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.Network;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.ExportReader;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.io.SafeZip;
import org.trasloco.importers.ZipLimits;

/**
 * Reads WhatsApp "Export chat" files: a {@code .txt}, a {@code .zip} with the text and its media
 * ({@code _chat.txt} from iPhones, "WhatsApp Chat with ….txt" in any language from Android), or a
 * folder of loose files holding exactly one chat text. One export is one conversation.
 */
public final class WhatsAppReader implements ExportReader {

    private final WhatsAppMarkers markers = WhatsAppMarkers.get();

    @Override
    public Network network() {
        return Network.WHATSAPP;
    }

    @Override
    public boolean recognizes(Path path) {
        try {
            if (Files.isDirectory(path)) {
                // A folder of loose files is one export; a folder with several chats is several exports.
                return ExportSniffer.chatTextsIn(path).size() == 1 && !ExportSniffer.holdsZips(path);
            }
            if (!Files.isRegularFile(path)) {
                return false;
            }
            if (ChatSources.isZip(path)) {
                try (SafeZip zip = SafeZip.open(path, ZipLimits.DEFAULT)) {
                    String text = ChatSources.chooseChatText(zip.names());
                    return text != null && ExportSniffer.isChatText(zip.open(text));
                }
            }
            return ExportSniffer.isChatText(Files.newInputStream(path));
        } catch (IOException | TraslocoException e) {
            return false;
        }
    }

    @Override
    public ReadResult read(Path path, ReadOptions options, HistorySink sink, ProgressListener progress,
            Cancellation cancellation) {
        try (ChatSource source = ChatSources.open(path, options.zipLimits(), markers)) {
            return new ChatParser(source, options.dateOrder(), sink, progress, cancellation, markers).read();
        } catch (IOException e) {
            throw InputErrors.badInput(e, ImporterMessages.INPUT_READ_FAILED, path);
        }
    }
}
