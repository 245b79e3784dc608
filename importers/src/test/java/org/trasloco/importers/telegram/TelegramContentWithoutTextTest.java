package org.trasloco.importers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Message;
import org.trasloco.core.testing.BundleAssertions;
import org.trasloco.importers.telegram.chat.MediaText;

/**
 * Telegram messages whose content is neither text nor a file (issue 16, hole 7) came out as blank
 * bubbles. What they carry is kept in words, in the reader's language, in JSON and HTML alike.
 */
class TelegramContentWithoutTextTest {

    private static final String OSM = "https://www.openstreetmap.org/?mlat=45.4642&mlon=9.19#map=16/45.4642/9.19";

    @TempDir
    Path dir;

    @Test
    void jsonMessagesWithoutTextKeepWhatTheyCarry() throws IOException {
        RecordingSink sink = readJson(Locale.ENGLISH);

        assertEquals("📍 Location: 45.4642, 9.19\n" + OSM, text(sink, "1"));
        assertEquals("📍 Live location (shared for 15 minutes): 45.4642, 9.19\n" + OSM, text(sink, "2"));
        assertEquals("📍 Caffè Nero\nVia Roma 1, Milano\n" + OSM, text(sink, "3"));
        assertEquals("👤 Contact: Rita Bianchi, +39 333 123 4567", text(sink, "4"));
        assertEquals("📊 Poll: Where shall we meet?\n– Station (3 votes) ✓ chosen\n– Bar (1 vote)\n– Park (no votes)\n"
                + "4 votes in all (poll closed)", text(sink, "5"));
        assertEquals("🎮 Game: Lumberjack\nChop wood\nhttps://t.me/gamebot?game=lumber", text(sink, "6"));
        assertEquals("🧾 Invoice: Tickets\nTwo seats\n12.50 EUR", text(sink, "7"));
        assertEquals("Sticker 😀", text(sink, "8"));
        assertTrue(sink.messages.stream().filter(m -> m.platformId().equals("8")).findFirst().orElseThrow().mediaOmitted(),
                "the sticker's file is still missing");
        assertEquals("(Telegram Desktop did not export the content of this message, for example a dice roll or a story.)",
                text(sink, "9"));
        assertEquals("☑ To-do list: Trip\n– Tickets\n– Bags", text(sink, "10"));
        assertEquals("🎁 Giveaway (3 prizes)", text(sink, "11"));
        assertEquals("💫 Paid media (25 Stars)", text(sink, "12"));
        assertEquals("Look here\n📍 Location: 45.4642, 9.19\n" + OSM, text(sink, "13"), "a caption comes first");
    }

    @Test
    void theWordsFollowTheReadersLanguage() throws IOException {
        RecordingSink sink = readJson(Locale.ITALIAN);
        assertEquals("📍 Posizione: 45.4642, 9.19\n" + OSM, text(sink, "1"));
        assertTrue(text(sink, "5").startsWith("📊 Sondaggio: Where shall we meet?\n– Station (3 voti) ✓ scelta"),
                text(sink, "5"));
        BundleAssertions.assertComplete(MediaText.class);
    }

    @Test
    void htmlMessagesWithoutTextKeepTheSameWords() throws IOException {
        Path page = Files.writeString(dir.resolve("messages.html"), HTML);
        htmlSink = new RecordingSink();
        Fixtures.read(page, Fixtures.options().withLocale(Locale.ENGLISH), htmlSink);
        assertEquals("📍 Location: 45.4642, 9.19\n" + OSM, htmlText("1"));
        assertEquals("📍 Live location: 45.4642, 9.19\n" + OSM, htmlText("2"));
        assertEquals("📍 Caffè Nero\nVia Roma 1, Milano\n" + OSM, htmlText("3"));
        assertEquals("👤 Contact: Rita Bianchi, +39 333 123 4567", htmlText("4"));
        assertEquals("📊 Poll: Where shall we meet?\n– Station (3 votes) ✓ chosen\n– Bar (1 vote)\n– Park (no votes)\n"
                + "4 votes in all (poll closed)", htmlText("5"));
        assertEquals("🎮 Game: Lumberjack\nChop wood\nhttps://t.me/gamebot?game=lumber", htmlText("6"));
        assertEquals("🧾 Invoice: Tickets\nTwo seats\n12.50 EUR", htmlText("7"));
        assertEquals("Sticker 😀", htmlText("8"));
        assertEquals("(Telegram Desktop did not export the content of this message, for example a dice roll or a story.)",
                htmlText("9"));
        assertTrue(htmlSink.message(CHAT_TITLE, "8").mediaOmitted(), "the sticker's file is still missing");
    }

    private static final String CHAT_TITLE = "title:Tomás Ruiz";
    private RecordingSink htmlSink;

    private String htmlText(String id) {
        return htmlSink.messages.stream().filter(m -> m.platformId().equals(id)).findFirst().orElseThrow().text();
    }

    private static String text(RecordingSink sink, String id) {
        Message message = sink.messages.stream().filter(m -> m.platformId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + id));
        return message.text();
    }

    private RecordingSink readJson(Locale locale) throws IOException {
        Path file = Files.writeString(dir.resolve("result.json"), JSON);
        RecordingSink sink = new RecordingSink();
        Fixtures.read(file, Fixtures.options().withLocale(locale), sink);
        return sink;
    }

    private static final String JSON = """
            {"name": "Tomás", "type": "personal_chat", "id": 5012345678, "messages": [
             {"id": 1, "type": "message", "date": "2024-03-10T09:00:00", "date_unixtime": "1710057600",
              "from": "Tomás", "from_id": "user5012345678",
              "location_information": {"latitude": 45.464200, "longitude": 9.190000}, "text": "", "text_entities": []},
             {"id": 2, "type": "message", "date": "2024-03-10T09:01:00", "date_unixtime": "1710057660",
              "from": "Tomás", "from_id": "user5012345678", "location_information": {"latitude": 45.464200,
              "longitude": 9.190000}, "live_location_period_seconds": 900, "text": "", "text_entities": []},
             {"id": 3, "type": "message", "date": "2024-03-10T09:02:00", "date_unixtime": "1710057720",
              "from": "Tomás", "from_id": "user5012345678", "place_name": "Caffè Nero", "address": "Via Roma 1, Milano",
              "location_information": {"latitude": 45.464200, "longitude": 9.190000}, "text": "", "text_entities": []},
             {"id": 4, "type": "message", "date": "2024-03-10T09:03:00", "date_unixtime": "1710057780",
              "from": "Tomás", "from_id": "user5012345678", "contact_information": {"first_name": "Rita",
              "last_name": "Bianchi", "phone_number": "+39 333 123 4567"}, "text": "", "text_entities": []},
             {"id": 5, "type": "message", "date": "2024-03-10T09:04:00", "date_unixtime": "1710057840",
              "from": "Tomás", "from_id": "user5012345678", "poll": {"question": "Where shall we meet?", "closed": true,
              "total_voters": 4, "answers": [{"text": "Station", "voters": 3, "chosen": true},
              {"text": [{"type": "bold", "text": "Bar"}], "voters": 1, "chosen": false},
              {"text": "Park", "voters": 0, "chosen": false}]}, "text": "", "text_entities": []},
             {"id": 6, "type": "message", "date": "2024-03-10T09:05:00", "date_unixtime": "1710057900",
              "from": "Tomás", "from_id": "user5012345678", "game_title": "Lumberjack", "game_description": "Chop wood",
              "game_link": "https://t.me/gamebot?game=lumber", "text": "", "text_entities": []},
             {"id": 7, "type": "message", "date": "2024-03-10T09:06:00", "date_unixtime": "1710057960",
              "from": "Tomás", "from_id": "user5012345678", "invoice_information": {"title": "Tickets",
              "description": "Two seats", "amount": 1250, "currency": "EUR"}, "text": "", "text_entities": []},
             {"id": 8, "type": "message", "date": "2024-03-10T09:07:00", "date_unixtime": "1710058020",
              "from": "Tomás", "from_id": "user5012345678",
              "file": "(File not included. Change data exporting settings to download.)", "media_type": "sticker",
              "sticker_emoji": "😀", "text": "", "text_entities": []},
             {"id": 9, "type": "message", "date": "2024-03-10T09:08:00", "date_unixtime": "1710058080",
              "from": "Tomás", "from_id": "user5012345678", "text": "", "text_entities": []},
             {"id": 10, "type": "message", "date": "2024-03-10T09:09:00", "date_unixtime": "1710058140",
              "from": "Tomás", "from_id": "user5012345678", "todo_list": {"title": "Trip", "others_can_append": true,
              "answers": [{"text": "Tickets", "id": 1}, {"text": "Bags", "id": 2}]}, "text": "", "text_entities": []},
             {"id": 11, "type": "message", "date": "2024-03-10T09:10:00", "date_unixtime": "1710058200",
              "from": "Tomás", "from_id": "user5012345678", "giveaway_information": {"quantity": 3},
              "text": "", "text_entities": []},
             {"id": 12, "type": "message", "date": "2024-03-10T09:11:00", "date_unixtime": "1710058260",
              "from": "Tomás", "from_id": "user5012345678", "paid_stars_amount": 25, "text": "", "text_entities": []},
             {"id": 13, "type": "message", "date": "2024-03-10T09:12:00", "date_unixtime": "1710058320",
              "from": "Tomás", "from_id": "user5012345678",
              "location_information": {"latitude": 45.464200, "longitude": 9.190000}, "text": "Look here",
              "text_entities": [{"type": "plain", "text": "Look here"}]}
            ]}
            """;

    private static String message(int id, String media) {
        return """
                <div class="message default clearfix" id="message%d">
                 <div class="body">
                  <div class="pull_right date details" title="10.03.2024 09:0%d:00 UTC+01:00">09:0%d</div>
                  <div class="from_name">Tomás Ruiz</div>
                  %s
                 </div>
                </div>
                """.formatted(id, id % 10, id % 10, media);
    }

    private static String generic(String classes, String href, String title, String description, String status) {
        String open = href == null ? "<div class=\"media clearfix pull_left " + classes + "\">"
                : "<a class=\"media clearfix pull_left block_link " + classes + "\" href=\"" + href + "\">";
        return "<div class=\"media_wrap clearfix\">" + open + "<div class=\"fill pull_left\"></div><div class=\"body\">"
                + (title == null ? "" : "<div class=\"title bold\">" + title + "</div>")
                + (description == null ? "" : "<div class=\"description\">" + description + "</div>")
                + (status == null ? "" : "<div class=\"status details\">" + status + "</div>")
                + "</div>" + (href == null ? "</div>" : "</a>") + "</div>";
    }

    private static final String MAP = "https://maps.google.com/maps?q=45.4642,9.19&amp;ll=45.4642,9.19&amp;z=16";

    private static final String HTML = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>Exported Data</title></head><body>"
            + "<div class=\"page_wrap\"><div class=\"page_header\"><div class=\"content\"><div class=\"text bold\">Tomás Ruiz"
            + "</div></div></div><div class=\"page_body chat_page\"><div class=\"history\">"
            + message(1, generic("media_location", MAP, "Location", null, "45.4642, 9.19"))
            + message(2, generic("media_live_location", MAP, "Live location", null, "45.4642, 9.19"))
            + message(3, generic("media_venue", MAP, "Caffè Nero", "Via Roma 1, Milano", null))
            + message(4, generic("media_contact", null, "Rita Bianchi", null, "+39 333 123 4567"))
            + message(5, "<div class=\"media_wrap clearfix\"><div class=\"media_poll\"><div class=\"question bold\">"
                    + "Where shall we meet?</div><div class=\"details\">Final results</div>"
                    + "<div class=\"answer\">- Station <span class=\"details\">3 votes, chosen vote</span></div>"
                    + "<div class=\"answer\">- Bar <span class=\"details\">1 vote</span></div>"
                    + "<div class=\"answer\">- Park</div><div class=\"total details\t\">4 votes</div></div></div>")
            + message(6, generic("media_game", "https://t.me/gamebot?game=lumber", "Lumberjack", "Chop wood",
                    "https://t.me/gamebot?game=lumber"))
            + message(7, generic("media_invoice", null, "Tickets", "Two seats", "12.50 EUR"))
            + message(8, generic("media_photo", null, "Sticker", "Not included, change data exporting settings to download.",
                    "😀, 24.5 KB"))
            + message(9, "")
            + "</div></div></div></body></html>";
}
