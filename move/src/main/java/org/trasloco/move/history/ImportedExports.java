package org.trasloco.move.history;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trasloco.core.workspace.ImportedSource;
import org.trasloco.core.workspace.Workspace;

/**
 * The exports the user imported into a move, where the photos and files of its messages are found
 * again ({@link ExportMedia}): each one once, in the order imported, split into those still where they
 * were and those moved or deleted since.
 *
 * @param present exports still on disk
 * @param gone exports no longer where they were imported from
 */
public record ImportedExports(List<Path> present, List<Path> gone) {

    /**
     * Copies the lists.
     *
     * @param present on disk
     * @param gone missing
     */
    public ImportedExports {
        present = List.copyOf(present);
        gone = List.copyOf(gone);
    }

    /**
     * Looks the workspace's imports up on disk.
     *
     * @param workspace the move's workspace
     * @return its exports
     */
    public static ImportedExports of(Workspace workspace) {
        Set<Path> seen = new LinkedHashSet<>();
        for (ImportedSource source : workspace.sources()) {
            try {
                seen.add(Path.of(source.path()).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                // Recorded on another system: it cannot be here.
                continue;
            }
        }
        List<Path> present = new ArrayList<>();
        List<Path> gone = new ArrayList<>();
        for (Path export : seen) {
            (Files.exists(export) ? present : gone).add(export);
        }
        return new ImportedExports(present, gone);
    }
}
