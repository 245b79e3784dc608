package org.trasloco.importers.whatsapp;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files that came with a chat (zip entries or files beside the text), for finding the file an
 * attachment marker names: exact name first, then the same name in Unicode normal form C (macOS
 * writes decomposed accents), then ignoring case. A file that is not there is normal: media that
 * was never downloaded, or an export without media.
 */
final class MediaIndex {

    /** No files at all (a bare text export). */
    static final MediaIndex EMPTY = new MediaIndex();

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> normalized = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    /**
     * Adds a file.
     *
     * @param baseName the file name without folders
     * @param location where the file is (zip entry or relative path)
     */
    void add(String baseName, String location) {
        exact.putIfAbsent(baseName, location);
        String nfc = Normalizer.normalize(baseName, Normalizer.Form.NFC);
        normalized.putIfAbsent(nfc, location);
        folded.putIfAbsent(nfc.toLowerCase(Locale.ROOT), location);
    }

    /** Where the named file is, or {@code null} when it is not in the export. */
    String locate(String fileName) {
        String location = exact.get(fileName);
        if (location != null) {
            return location;
        }
        String nfc = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        location = normalized.get(nfc);
        return location != null ? location : folded.get(nfc.toLowerCase(Locale.ROOT));
    }
}
