package org.trasloco.xmpp.archive.upload;

import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.protocol.ImportLimits;

/** How the history goes into the archive. */
public enum UploadPath {
    /** Through the archive-import module: original dates, the real correspondents. */
    IMPORT("import"),
    /** As notes to the user's own address: any server, today's date in the archive. */
    NOTES("notes");

    private final String id;

    UploadPath(String id) {
        this.id = id;
    }

    /** The name used in the ledger and on the command line. */
    public String id() {
        return id;
    }

    /**
     * Picks the path: the import when the server offers it, else notes; a path asked for
     * explicitly is checked.
     *
     * @param wanted {@code null} for "the best the server offers", or a path
     * @param limits the server's import limits, when it offers the import
     * @param domain the server, for the message
     * @return the path
     * @throws TraslocoException {@code REFUSED} when the import is asked for and not offered
     */
    public static UploadPath choose(UploadPath wanted, Optional<ImportLimits> limits, String domain) {
        if (wanted == null) {
            return limits.isPresent() ? IMPORT : NOTES;
        }
        if (wanted == IMPORT && limits.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.REFUSED, ArchiveMessages.IMPORT_UNAVAILABLE, domain);
        }
        return wanted;
    }
}
