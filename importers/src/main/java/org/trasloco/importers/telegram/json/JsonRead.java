package org.trasloco.importers.telegram.json;

import org.trasloco.core.history.HistorySink;
import org.trasloco.importers.telegram.chat.ExportClock;
import org.trasloco.importers.telegram.chat.ExportFiles;
import org.trasloco.importers.telegram.chat.MediaWords;
import org.trasloco.importers.telegram.chat.ReadNotes;

/**
 * What the chats of one JSON file share while it is read.
 *
 * @param sink where conversations go
 * @param notes the read's warnings
 * @param clock turns wall-clock times into instants for exports without {@code date_unixtime}
 * @param files the export folder's files
 * @param ids the export's way of writing peer ids
 * @param file the JSON file as named in messages (relative to the export folder)
 * @param words what a message carries besides text, in the reader's language
 */
record JsonRead(HistorySink sink, ReadNotes notes, ExportClock clock, ExportFiles files, PeerIds ids, String file,
        MediaWords words) {
}
