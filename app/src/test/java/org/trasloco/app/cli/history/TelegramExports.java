package org.trasloco.app.cli.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Telegram Desktop exports written for the command-line tests, in the exporter's layout. */
final class TelegramExports {

    /** Three messages of a 5.x "Export chat history" JSON: a reply, a forward with a placeholder photo, a pin. */
    static final String MODERN_CHAT = """
            {
             "name": "Mira",
             "type": "personal_chat",
             "id": 7011223344,
             "messages": [
              {
               "id": 101,
               "type": "message",
               "date": "2024-01-14T09:30:00",
               "date_unixtime": "1705221000",
               "from": "Mira Volkova",
               "from_id": "user7011223344",
               "text": "Ciao!\\x07",
               "text_entities": [
                {
                 "type": "plain",
                 "text": "Ciao!\\x07"
                }
               ]
              },
              {
               "id": 102,
               "type": "message",
               "date": "2024-01-14T09:31:00",
               "date_unixtime": "1705221060",
               "from": "Jess Moreau",
               "from_id": "user5012345678",
               "forwarded_from": "Lighthouse Notes",
               "reply_to_message_id": 101,
               "photo": "(File not included. Change data exporting settings to download.)",
               "text": "Storm warning",
               "text_entities": [
                {
                 "type": "plain",
                 "text": "Storm warning"
                }
               ]
              },
              {
               "id": 103,
               "type": "service",
               "date": "2024-01-14T09:32:00",
               "date_unixtime": "1705221120",
               "actor": "Mira Volkova",
               "actor_id": "user7011223344",
               "action": "pin_message",
               "message_id": 102,
               "text": "",
               "text_entities": []
              }
             ]
            }""";

    /** One message of a 2.x export: no unix time, so the instant depends on the zone. */
    static final String OLD_CHAT = """
            {
             "name": "Anna",
             "type": "personal_chat",
             "id": 12345678,
             "messages": [
              {
               "id": 7,
               "type": "message",
               "date": "2021-07-20T21:15:00",
               "from": "Anna Bianchi",
               "from_id": "user12345678",
               "text": "Summer!"
              }
             ]
            }""";

    private TelegramExports() {
    }

    /** Writes {@code result.json} into a new folder. */
    static Path json(Path parent, String name, String content) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Files.writeString(folder.resolve("result.json"), content, StandardCharsets.UTF_8);
        return folder;
    }

    /** Writes a chat over two HTML pages (the second linked from the first), one message each. */
    static Path html(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("html"));
        Files.writeString(folder.resolve("messages.html"), page("", "messages2.html", 1, "Ciao!"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("messages2.html"), page("messages.html", null, 2, "A presto"), StandardCharsets.UTF_8);
        return folder;
    }

    private static String page(String previous, String next, int id, String text) {
        return "<!DOCTYPE html>\n<html>\n\n <head>\n<title>Exported Data</title>\n </head>\n\n <body onload=\"CheckLocation();\">\n\n"
                + "  <div class=\"page_wrap\">\n\n   <div class=\"page_header\">\n\n    <div class=\"content\">\n\n"
                + "     <div class=\"text bold\">\nMira Volkova\n     </div>\n\n    </div>\n\n   </div>\n\n"
                + "   <div class=\"page_body chat_page\">\n\n    <div class=\"history\">\n"
                + (previous.isEmpty() ? "" : "\n     <a class=\"pagination block_link\" href=\"" + previous + "\">\nPrevious messages\n     </a>\n")
                + "\n     <div class=\"message service\" id=\"message-" + id + "\">\n\n      <div class=\"body details\">\n"
                + "14 January 2024\n      </div>\n\n     </div>\n"
                + "\n     <div class=\"message default clearfix\" id=\"message" + id + "\">\n\n      <div class=\"body\">\n\n"
                + "       <div class=\"pull_right date details\" title=\"14.01.2024 09:3" + id + ":00 UTC+01:00\">\n09:3" + id
                + "\n       </div>\n\n       <div class=\"from_name\">\nMira Volkova\n       </div>\n\n"
                + "       <div class=\"text\">\n" + text + "\n       </div>\n\n      </div>\n\n     </div>\n"
                + (next == null ? "" : "\n     <a class=\"pagination block_link\" href=\"" + next + "\">\nNext messages\n     </a>\n")
                + "\n    </div>\n\n   </div>\n\n  </div>\n\n </body>\n\n</html>\n";
    }
}
