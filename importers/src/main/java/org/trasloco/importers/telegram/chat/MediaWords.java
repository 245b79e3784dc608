package org.trasloco.importers.telegram.chat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Puts into words, in the reader's language, what a Telegram message carries when it is not text:
 * a location as coordinates with an OpenStreetMap link, a venue, a shared contact, a poll with its
 * answers and votes, a to-do list, a game, an invoice, a giveaway, paid media, a sticker whose file
 * was not exported, or a message whose content the export left out. The JSON and the HTML readers
 * both use it, so a chat reads the same in either format. Lines left empty are dropped.
 */
public final class MediaWords {

    private final Locale locale;

    /**
     * Words in one language.
     *
     * @param locale the reader's language
     */
    public MediaWords(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * One answer of a poll.
     *
     * @param text the answer
     * @param votes how many voted for it, -1 when unknown
     * @param chosen whether the exporter chose it
     */
    public record PollAnswer(String text, long votes, boolean chosen) {
    }

    /**
     * A location, or a live location.
     *
     * @param latitude the latitude as written, or {@code null} when the point is invalid
     * @param longitude the longitude as written, or {@code null}
     * @param live whether it was a live location
     * @param minutes for how long a live location was shared, 0 when unknown
     * @return the words
     */
    public String location(String latitude, String longitude, boolean live, long minutes) {
        String lat = coordinate(latitude);
        String lon = coordinate(longitude);
        if (lat == null || lon == null) {
            return format(MediaText.LOCATION_UNKNOWN);
        }
        return live ? format(MediaText.LIVE_LOCATION, lat, lon, mapLink(lat, lon), minutes)
                : format(MediaText.LOCATION, lat, lon, mapLink(lat, lon));
    }

    /**
     * A venue: a named place with its address.
     *
     * @param name the place's name
     * @param address its address
     * @param latitude the latitude, or {@code null}
     * @param longitude the longitude, or {@code null}
     * @return the words
     */
    public String venue(String name, String address, String latitude, String longitude) {
        String lat = coordinate(latitude);
        String lon = coordinate(longitude);
        return format(MediaText.VENUE, text(name), text(address), lat == null || lon == null ? "" : mapLink(lat, lon));
    }

    /**
     * A shared contact.
     *
     * @param name the contact's name
     * @param phone the phone number as written
     * @return the words
     */
    public String contact(String name, String phone) {
        return format(MediaText.CONTACT, text(name), text(phone));
    }

    /**
     * A poll.
     *
     * @param question the question
     * @param answers the answers in order
     * @param total how many voted in all, -1 when unknown
     * @param closed whether the poll is closed
     * @return the words
     */
    public String poll(String question, List<PollAnswer> answers, long total, boolean closed) {
        List<String> lines = new ArrayList<>();
        for (PollAnswer answer : answers) {
            lines.add(format(MediaText.POLL_ANSWER, text(answer.text()), Math.max(-1, answer.votes()),
                    answer.chosen() ? 1 : 0));
        }
        lines.add(format(MediaText.POLL_TOTAL, Math.max(-1, total), closed ? 1 : 0));
        return format(MediaText.POLL, text(question), String.join("\n", lines));
    }

    /**
     * A to-do list.
     *
     * @param title its title
     * @param items its items in order
     * @return the words
     */
    public String todo(String title, List<String> items) {
        List<String> lines = new ArrayList<>();
        for (String item : items) {
            lines.add(format(MediaText.TODO_ITEM, text(item)));
        }
        return format(MediaText.TODO, text(title), String.join("\n", lines));
    }

    /**
     * A game.
     *
     * @param title its title
     * @param description its description
     * @param link its link, or {@code null}
     * @return the words
     */
    public String game(String title, String description, String link) {
        return format(MediaText.GAME, text(title), text(description), text(link));
    }

    /**
     * An invoice.
     *
     * @param title its title
     * @param description its description
     * @param amount the amount with its currency, already written
     * @return the words
     */
    public String invoice(String title, String description, String amount) {
        return format(MediaText.INVOICE, text(title), text(description), text(amount));
    }

    /**
     * An amount of money in the currency's smallest unit, as the JSON export writes it, in words:
     * {@code 150} {@code EUR} is "1.50 EUR".
     *
     * @param amount the amount in the smallest unit
     * @param currency the ISO 4217 code (or {@code XTR} for Telegram Stars)
     * @return the amount with its currency
     */
    public static String money(long amount, String currency) {
        int digits = 0;
        if (currency != null) {
            try {
                digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            } catch (IllegalArgumentException unknown) {
                digits = 0;
            }
        }
        String value = BigDecimal.valueOf(amount).movePointLeft(digits).toPlainString();
        return currency == null || currency.isBlank() ? value : value + " " + currency;
    }

    /**
     * A giveaway, or its results.
     *
     * @param results whether these are the results
     * @param count prizes (or winners for the results), -1 when unknown
     * @return the words
     */
    public String giveaway(boolean results, long count) {
        return format(results ? MediaText.GIVEAWAY_RESULTS : MediaText.GIVEAWAY, Math.max(-1, count));
    }

    /**
     * Paid media.
     *
     * @param stars the price in Telegram Stars
     * @return the words
     */
    public String paid(long stars) {
        return format(MediaText.PAID_MEDIA, stars);
    }

    /**
     * A sticker whose file is not in the export.
     *
     * @param emoji the emoji it stands for, or {@code null}
     * @return the words
     */
    public String sticker(String emoji) {
        return format(MediaText.STICKER, text(emoji)).strip();
    }

    /** The words for a message the export carries without any content. */
    public String notExported() {
        return format(MediaText.NOT_EXPORTED);
    }

    /**
     * Adds the words to a message's own text (its caption), after it, so that the caption's
     * marked-up parts keep their positions.
     *
     * @param text the message's text, possibly empty
     * @param words what its media carries
     * @return the whole text
     */
    public static String withCaption(String text, String words) {
        if (words == null || words.isEmpty()) {
            return text;
        }
        return text == null || text.isEmpty() ? words : text + "\n" + words;
    }

    /** A coordinate as plain decimal digits without trailing zeros, or {@code null} when not a number. */
    static String coordinate(String written) {
        if (written == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(written.strip());
            if (value.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                return null;
            }
            String plain = value.stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String mapLink(String latitude, String longitude) {
        return "https://www.openstreetmap.org/?mlat=" + latitude + "&mlon=" + longitude + "#map=16/" + latitude + "/"
                + longitude;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private String format(MediaText key, Object... args) {
        String formatted = LocalizedText.of(key, args).format(locale);
        List<String> lines = new ArrayList<>();
        for (String line : formatted.split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
            }
        }
        return String.join("\n", lines);
    }
}
