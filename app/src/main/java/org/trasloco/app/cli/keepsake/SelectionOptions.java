package org.trasloco.app.cli.keepsake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.keepsake.Selection;
import org.trasloco.move.keepsake.PrivateCopies;
import picocli.CommandLine.Option;

/**
 * {@code --workspace}, {@code --conversation}, {@code --from}, {@code --to}: which history a copy
 * holds. Shared by {@code keepsake} and {@code app-backup}.
 */
final class SelectionOptions {

    @Option(names = "--workspace", required = true, paramLabel = "FILE", descriptionKey = "workspace")
    Path workspace;

    @Option(names = "--conversation", paramLabel = "NAME", descriptionKey = "conversation")
    List<String> conversations = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "from")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "to")
    String to;

    Selection selection(PrivateCopies copies) {
        return copies.selection(conversations, date(from), date(to));
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, KeepsakeCliText.DATE_INVALID, text);
        }
    }
}
