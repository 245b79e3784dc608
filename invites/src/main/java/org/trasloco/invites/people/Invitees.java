package org.trasloco.invites.people;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.Languages;
import org.trasloco.invites.csv.CsvTable;

/** Where the people to invite come from: the workspace's contacts, or a CSV file. */
public final class Invitees {

    /** The Telegram export's prefix for a user id ({@code user123}). */
    private static final String TELEGRAM_USER = "user";

    private Invitees() {
    }

    /**
     * The contacts marked "invite", in the order given, greeted in one language. The first phone
     * number that is in E.164 form and a Telegram user id ({@code user123}) are kept.
     *
     * @param contacts the workspace's contacts
     * @param language the language to write to them in (the user's, unless they said otherwise)
     * @return the people to invite
     */
    public static List<Invitee> fromContacts(List<Contact> contacts, Locale language) {
        Locale resolved = Languages.resolve(language, Languages.SUPPORTED.get(0));
        return contacts.stream()
                .filter(c -> c.decision() == Decision.INVITE)
                .map(c -> new Invitee(c.name(), firstValidPhone(c.phones()), telegramId(c.platformIds()), resolved))
                .toList();
    }

    /**
     * Reads people from a CSV file with a header row. Columns: {@code name} (required),
     * {@code phone}, {@code telegram}, {@code language}; their names in the other supported
     * languages ({@link Column}) work too.
     *
     * @param file the file
     * @param defaultLanguage the language for rows without one
     * @return the people, in file order
     * @throws TraslocoException ({@code BAD_INPUT}) naming the file and line of a bad row
     */
    public static List<Invitee> fromCsv(Path file, Locale defaultLanguage) {
        CsvTable table = CsvTable.read(file);
        table.requireColumn(Column.NAME.names());
        return table.rows().stream().map(row -> row.read(r -> new Invitee(
                r.get(Column.NAME.names()).orElse(null),
                r.get(Column.PHONE.names()).orElse(null),
                r.get(Column.TELEGRAM.names()).orElse(null),
                language(r.get(Column.LANGUAGE.names()).orElse(null), defaultLanguage)))).toList();
    }

    /**
     * A supported language from a tag, or the default when the tag is blank.
     *
     * @param tag e.g. {@code it}, or {@code null}
     * @param defaultLanguage used for a blank tag
     * @return the language
     * @throws TraslocoException ({@code BAD_INPUT}) for a language that is not supported
     */
    public static Locale language(String tag, Locale defaultLanguage) {
        if (tag == null || tag.isBlank()) {
            return defaultLanguage;
        }
        return Languages.parse(tag).orElseThrow(() -> new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                PeopleText.LANGUAGE_UNSUPPORTED, tag.strip(), Invitee.supported()));
    }

    private static String firstValidPhone(List<String> phones) {
        for (String phone : phones) {
            try {
                return new Invitee("-", phone, null, Languages.SUPPORTED.get(0)).phone();
            } catch (TraslocoException notE164) {
                // Numbers the people step could not normalise are skipped; another may be usable.
            }
        }
        return null;
    }

    private static String telegramId(List<String> platformIds) {
        return platformIds.stream().filter(id -> id.startsWith(TELEGRAM_USER)).findFirst().orElse(null);
    }
}
