package org.trasloco.invites.people;

import java.util.Locale;
import java.util.Objects;
import org.trasloco.core.contacts.PhoneNumbers;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.Languages;

/**
 * A person to invite, with where they can still be reached.
 *
 * @param name the name to greet them with
 * @param phone their phone number in E.164 form ({@code +393331234567}), or {@code null}
 * @param telegram their Telegram user name (without {@code @}) or id, or {@code null}
 * @param language the language to write to them in; one of {@link Languages#SUPPORTED}
 */
public record Invitee(String name, String phone, String telegram, Locale language) {

    /**
     * Checks and normalises: the phone number becomes E.164 as the people step's numbers do
     * ({@link PhoneNumbers}: spaces, dots, dashes and brackets go, a leading {@code 00} is {@code +});
     * the Telegram name loses a leading {@code @} or {@code t.me/}.
     *
     * @param name the name
     * @param phone a phone number in international form, or {@code null} / blank
     * @param telegram a Telegram user name or id, or {@code null} / blank
     * @param language a supported language
     * @throws TraslocoException ({@code BAD_INPUT}) for an empty name, a number that is not in
     *     international form, or an unsupported language
     */
    public Invitee {
        if (name == null || name.isBlank()) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, PeopleText.NAME_EMPTY, String.valueOf(name));
        }
        name = name.strip();
        phone = phone == null || phone.isBlank() ? null : normalisePhone(phone);
        telegram = telegram == null || telegram.isBlank() ? null : normaliseTelegram(telegram);
        Objects.requireNonNull(language, "language");
        if (!Languages.SUPPORTED.contains(language)) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, PeopleText.LANGUAGE_UNSUPPORTED,
                    language.toLanguageTag(), supported());
        }
    }

    /**
     * A person known only by name.
     *
     * @param name the name
     * @param language a supported language
     * @return the invitee
     */
    public static Invitee named(String name, Locale language) {
        return new Invitee(name, null, null, language);
    }

    /** The supported languages as a list for messages, e.g. {@code en, it}. */
    static String supported() {
        return String.join(", ", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
    }

    /** In international form only: an invitation list does not say which country a number is from. */
    private static String normalisePhone(String raw) {
        String phone = PhoneNumbers.inRegion(null).e164(raw);
        if (phone == null) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, PeopleText.PHONE_INVALID, raw.strip());
        }
        return phone;
    }

    private static String normaliseTelegram(String raw) {
        String name = raw.strip();
        for (String prefix : new String[] {"https://t.me/", "http://t.me/", "t.me/", "@"}) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                name = name.substring(prefix.length());
            }
        }
        return name;
    }
}
