package org.trasloco.app.wizard.chats;

import java.nio.file.Path;
import org.trasloco.move.chats.ImportOutcome;

/**
 * One row of "what was found": an export being read, or how its import ended.
 *
 * @param path the file or folder
 * @param outcome how it ended, or {@code null} while it is being read
 */
record FileRow(Path path, ImportOutcome outcome) {

    static FileRow reading(Path path) {
        return new FileRow(path, null);
    }

    static FileRow of(ImportOutcome outcome) {
        return new FileRow(outcome.path(), outcome);
    }

    /** Whether the user is asked something about this export. */
    boolean asks() {
        return outcome instanceof ImportOutcome.NeedsDateOrder || outcome instanceof ImportOutcome.CutOff;
    }
}
