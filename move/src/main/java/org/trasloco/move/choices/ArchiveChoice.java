package org.trasloco.move.choices;

import java.util.Locale;
import java.util.Objects;
import org.trasloco.xmpp.archive.upload.UploadPath;

/**
 * How the history went into an archive: the path, and the language of the labels written into notes
 * and attachment lines (a later read-back must rebuild the same texts).
 *
 * @param path import or notes
 * @param labels the language of the labels
 */
public record ArchiveChoice(UploadPath path, Locale labels) {

    /**
     * Checks the components.
     *
     * @param path the path
     * @param labels the language
     */
    public ArchiveChoice {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(labels, "labels");
    }
}
