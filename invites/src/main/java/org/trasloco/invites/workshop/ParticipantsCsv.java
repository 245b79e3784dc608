package org.trasloco.invites.workshop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.csv.CsvTable;
import org.trasloco.invites.people.Column;
import org.trasloco.invites.people.Invitees;
import org.trasloco.invites.people.PeopleText;

/**
 * Reads a participants list. Columns (header row, any order, comma or semicolon):
 * {@code name} (required), {@code language}, {@code address} (or {@code username}), {@code token}
 * (an account-invite token); their names in the other supported languages
 * ({@link org.trasloco.invites.people.Column}) work too.
 */
public final class ParticipantsCsv {

    private ParticipantsCsv() {
    }

    /**
     * Reads the list.
     *
     * @param file the CSV file
     * @param defaultLanguage the language for rows without one
     * @return the participants, in file order
     * @throws TraslocoException ({@code BAD_INPUT}) naming the file and line of a bad row, or when
     *     the file lists nobody
     */
    public static List<Participant> read(Path file, Locale defaultLanguage) {
        CsvTable table = CsvTable.read(file);
        table.requireColumn(Column.NAME.names());
        List<Participant> participants = table.rows().stream().map(row -> row.read(r -> new Participant(
                r.get(Column.NAME.names()).orElseThrow(() -> new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                        PeopleText.NAME_EMPTY, "")),
                Invitees.language(r.get(Column.LANGUAGE.names()).orElse(null), defaultLanguage),
                r.get(Column.ADDRESS.names()).orElse(null),
                r.get(Column.TOKEN.names()).orElse(null)))).toList();
        if (participants.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, WorkshopText.NO_PARTICIPANTS, file);
        }
        return participants;
    }
}
