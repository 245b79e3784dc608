package org.trasloco.invites.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.PhoneNumbers;
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
     * The contacts marked "invite", in the order given, greeted in one language, each with the
     * number their invitation goes to ({@link #phoneFor}, knowing no chat's numbers) and their
     * Telegram user id ({@code user123}).
     *
     * @param contacts the workspace's contacts
     * @param language the language to write to them in (the user's, unless they said otherwise)
     * @return the people to invite
     */
    public static List<Invitee> fromContacts(List<Contact> contacts, Locale language) {
        return contacts.stream().filter(c -> c.decision() == Decision.INVITE)
                .map(c -> fromContact(c, Set.of(), language)).toList();
    }

    /**
     * One person to invite, with the number their invitation goes to chosen by {@link #phoneFor}.
     *
     * @param contact the person
     * @param seenInChats the numbers (E.164) the person wrote from in the chats
     * @param language the language to write to them in
     * @return the person to invite
     */
    public static Invitee fromContact(Contact contact, Collection<String> seenInChats, Locale language) {
        Locale resolved = Languages.resolve(language, Languages.SUPPORTED.get(0));
        return new Invitee(contact.name(), phoneFor(contact.phones(), seenInChats), telegramId(contact.platformIds()),
                resolved);
    }

    /**
     * The number an invitation goes to: the one the person chats from, else (a phone book gave
     * several) the one most likely to receive chat messages: a mobile beats a landline
     * ({@link PhoneNumbers#lineOf}). Among equals, the first. Numbers not in international form
     * are skipped.
     *
     * @param phones the person's numbers, in the people step's order
     * @param seenInChats the numbers (E.164) the person wrote from in the chats
     * @return the number in E.164 form, or {@code null} when none is usable
     */
    public static String phoneFor(List<String> phones, Collection<String> seenInChats) {
        List<String> usable = new ArrayList<>();
        for (String phone : phones) {
            String valid = validPhone(phone);
            if (valid != null && !usable.contains(valid)) {
                usable.add(valid);
            }
        }
        List<String> chatted = usable.stream().filter(seenInChats::contains).toList();
        List<String> candidates = chatted.isEmpty() ? usable : chatted;
        return candidates.stream().min(Comparator.comparing(PhoneNumbers::lineOf)).orElse(null);
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

    private static String validPhone(String phone) {
        try {
            return new Invitee("-", phone, null, Languages.SUPPORTED.get(0)).phone();
        } catch (TraslocoException notE164) {
            // Numbers the people step could not normalise are skipped; another may be usable.
            return null;
        }
    }

    private static String telegramId(List<String> platformIds) {
        return platformIds.stream().filter(id -> id.startsWith(TELEGRAM_USER)).findFirst().orElse(null);
    }
}
