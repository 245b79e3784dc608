package org.trasloco.importers.telegram;

import java.nio.file.Path;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.Network;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.ExportReader;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.telegram.html.HtmlExportReader;
import org.trasloco.importers.telegram.json.JsonExportReader;

/**
 * Reads Telegram Desktop exports: "Export chat history" (one chat) and "Export Telegram data" (the
 * whole account), as "Machine-readable JSON", "Human-readable HTML" or both (the JSON is then
 * read). The user may point at the export folder or at any of its main files.
 */
public final class TelegramReader implements ExportReader {

    @Override
    public Network network() {
        return Network.TELEGRAM;
    }

    @Override
    public boolean recognizes(Path path) {
        try {
            return ExportLayout.of(path) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public ReadResult read(Path path, ReadOptions options, HistorySink sink, ProgressListener progress,
            Cancellation cancellation) {
        ExportLayout layout = ExportLayout.of(path);
        if (layout == null) {
            throw InputErrors.badInput(ImporterMessages.INPUT_UNRECOGNISED, path);
        }
        return switch (layout.format()) {
            case JSON -> JsonExportReader.read(layout.target(), options, sink, progress, cancellation);
            case HTML_CHAT -> HtmlExportReader.readChat(layout.target(), layout.root(), options, sink, progress,
                    cancellation);
            case HTML_ACCOUNT -> HtmlExportReader.readAccount(layout.target(), options, sink, progress, cancellation);
        };
    }
}
