package org.trasloco.core.history;

import java.util.Objects;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Something odd in an export that did not stop the import, said in plain words and pointing at
 * where it is.
 *
 * @param text what is odd, localised
 * @param file the export file (or the entry inside an archive) it concerns
 * @param line the line it concerns, 1-based, or 0 when it concerns the whole file
 */
public record ImportWarning(LocalizedText text, String file, long line) {

    /**
     * Checks the components.
     *
     * @param text what is odd
     * @param file the file
     * @param line the line or 0
     */
    public ImportWarning {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
    }
}
