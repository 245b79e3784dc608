package org.trasloco.importers.telegram.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trasloco.importers.telegram.chat.MediaWords;

/**
 * What a JSON message carries besides text and files, in words (see {@link MediaWords}): the
 * location, venue, contact, poll, to-do list, game, invoice, giveaway and paid-media fields of
 * Telegram's export format, and stickers whose file was not exported.
 */
final class JsonMedia {

    /** Fields that hold a file or say what kind of content the message has. */
    private static final List<String> CONTENT_FIELDS = List.of("photo", "file", "contact_vcard", "media_type",
            "location_information", "place_name", "contact_information", "poll", "todo_list", "game_title",
            "invoice_information", "giveaway_information", "giveaway_results", "paid_stars_amount");

    private JsonMedia() {
    }

    /**
     * The words for a message's non-text content.
     *
     * @param message the message's fields
     * @param text the message's own text
     * @param words the words in the reader's language
     * @return the words, or {@code null} when the message has nothing beyond its text and files
     */
    static String describe(Map<String, Object> message, String text, MediaWords words) {
        Map<String, Object> point = JsonTree.object(message, "location_information");
        if (message.containsKey("place_name") || message.containsKey("address")) {
            return words.venue(plain(message.get("place_name")), plain(message.get("address")),
                    point == null ? null : number(point.get("latitude")), point == null ? null : number(point.get("longitude")));
        }
        if (message.containsKey("location_information")) {
            Long period = JsonTree.number(message, "live_location_period_seconds");
            return words.location(point == null ? null : number(point.get("latitude")),
                    point == null ? null : number(point.get("longitude")), period != null, period == null ? 0 : period / 60);
        }
        Map<String, Object> contact = JsonTree.object(message, "contact_information");
        if (contact != null) {
            String name = (plain(contact.get("first_name")) + " " + plain(contact.get("last_name"))).strip();
            return words.contact(name, plain(contact.get("phone_number")));
        }
        Map<String, Object> poll = JsonTree.object(message, "poll");
        if (poll != null) {
            return poll(poll, words);
        }
        Map<String, Object> todo = JsonTree.object(message, "todo_list");
        if (todo != null) {
            List<String> items = new ArrayList<>();
            for (Map<String, Object> item : objects(todo, "answers")) {
                items.add(plain(item.get("text")));
            }
            return words.todo(plain(todo.get("title")), items);
        }
        if (message.containsKey("game_title")) {
            return words.game(plain(message.get("game_title")), plain(message.get("game_description")),
                    plain(message.get("game_link")));
        }
        Map<String, Object> invoice = JsonTree.object(message, "invoice_information");
        if (invoice != null) {
            Long amount = JsonTree.number(invoice, "amount");
            String currency = JsonTree.string(invoice, "currency");
            return words.invoice(plain(invoice.get("title")), plain(invoice.get("description")),
                    amount == null ? plain(currency) : MediaWords.money(amount, currency));
        }
        Map<String, Object> giveaway = JsonTree.object(message, "giveaway_information");
        if (giveaway != null) {
            Long quantity = JsonTree.number(giveaway, "quantity");
            return words.giveaway(false, quantity == null ? -1 : quantity);
        }
        Map<String, Object> results = JsonTree.object(message, "giveaway_results");
        if (results != null) {
            Long winners = JsonTree.number(results, "winners_count");
            List<Object> list = JsonTree.array(results, "winners");
            return words.giveaway(true, winners != null ? winners : list != null ? list.size() : -1);
        }
        Long stars = JsonTree.number(message, "paid_stars_amount");
        if (stars != null) {
            return words.paid(stars);
        }
        if ("sticker".equals(JsonTree.string(message, "media_type")) && !hasFile(message)) {
            return words.sticker(JsonTree.string(message, "sticker_emoji"));
        }
        if (text.isEmpty() && CONTENT_FIELDS.stream().noneMatch(message::containsKey)) {
            return words.notExported();
        }
        return null;
    }

    private static String poll(Map<String, Object> poll, MediaWords words) {
        List<MediaWords.PollAnswer> answers = new ArrayList<>();
        for (Map<String, Object> answer : objects(poll, "answers")) {
            Long voters = JsonTree.number(answer, "voters");
            answers.add(new MediaWords.PollAnswer(plain(answer.get("text")), voters == null ? -1 : voters,
                    Boolean.TRUE.equals(answer.get("chosen"))));
        }
        Long total = JsonTree.number(poll, "total_voters");
        return words.poll(plain(poll.get("question")), answers, total == null ? -1 : total,
                Boolean.TRUE.equals(poll.get("closed")));
    }

    private static boolean hasFile(Map<String, Object> message) {
        String file = JsonTree.string(message, "file");
        return file != null && !file.isBlank() && !file.startsWith("(");
    }

    /** A text that may be a string, an array of parts (strings and entity objects) or a flattened text. */
    static String plain(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof TextParts.Flat flat) {
            return flat.text();
        }
        if (value instanceof List<?> parts) {
            StringBuilder text = new StringBuilder();
            for (Object part : parts) {
                if (part instanceof String plain) {
                    text.append(plain);
                } else if (part instanceof Map<?, ?> entity && entity.get("text") instanceof String inner) {
                    text.append(inner);
                }
            }
            return text.toString();
        }
        return value instanceof Number || value instanceof Boolean ? value.toString() : "";
    }

    /** A coordinate as written: a number, or a number in a string. */
    private static String number(Object value) {
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? null : BigDecimal.valueOf(number).toPlainString();
        }
        return value instanceof Number || value instanceof String ? value.toString() : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> object, String key) {
        List<Map<String, Object>> objects = new ArrayList<>();
        List<Object> list = JsonTree.array(object, key);
        if (list != null) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    objects.add((Map<String, Object>) map);
                }
            }
        }
        return objects;
    }
}
