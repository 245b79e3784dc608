package org.trasloco.invites.workshop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.csv.CsvTable;
import org.trasloco.invites.people.Invitees;
import org.trasloco.invites.people.PeopleText;

/**
 * Reads a participants list. Columns (header row, any order, comma or semicolon):
 * {@code name} (required), {@code language}, {@code address} (or {@code username}), {@code token}
 * (an account-invite token); Italian headers ({@code nome}, {@code lingua}, {@code indirizzo},
 * {@code utente}) work too.
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
        table.requireColumn("name", "nome");
        List<Participant> participants = table.rows().stream().map(row -> row.read(r -> new Participant(
                r.get("name", "nome").orElseThrow(() -> new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                        PeopleText.NAME_EMPTY, "")),
                Invitees.language(r.get("language", "lingua").orElse(null), defaultLanguage),
                r.get("address", "username", "indirizzo", "utente").orElse(null),
                r.get("token", "invite", "invito").orElse(null)))).toList();
        if (participants.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, WorkshopText.NO_PARTICIPANTS, file);
        }
        return participants;
    }
}
