package org.trasloco.move.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.ZoneOffset;
import org.trasloco.core.progress.CancellationFlag;
import org.trasloco.core.time.DateOrder;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.move.chats.ChatImport;

/** The exports a move was imported from, found again on disk for their photos and files. */
class ImportedExportsTest {

    private static final String CHAT = "14/02/2024, 09:12 - Ada: ciao\n14/02/2024, 09:13 - Sam: ciao Ada\n";

    @TempDir
    Path dir;

    @Test
    void eachExportOnceInImportOrderAndThoseMovedAwayApart() throws Exception {
        Path family = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), CHAT);
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Path friends = Files.writeString(folder.resolve("WhatsApp Chat with Friends.txt"), CHAT.replace("Ada", "Bea"));
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            ChatImport chats = new ChatImport(workspace, ExportDetector.standard());
            ChatImport.Settings settings = ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH).withDateOrder(DateOrder.DMY);
            chats.importAll(List.of(family, folder, family), settings, outcome -> { }, new CancellationFlag());
            assertEquals(3, workspace.sources().size(), "the same export imported twice is recorded twice");

            assertEquals(new ImportedExports(List.of(family, folder), List.of()), ImportedExports.of(workspace),
                    "an export folder is recorded as the folder: its files are found inside it");
            Files.delete(friends);
            Files.delete(folder);
            assertEquals(new ImportedExports(List.of(family), List.of(folder)), ImportedExports.of(workspace));
        }
    }
}
