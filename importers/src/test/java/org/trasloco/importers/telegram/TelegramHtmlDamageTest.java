package org.trasloco.importers.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.importers.telegram.chat.TelegramMessages;

/**
 * Malformed Telegram HTML (issue 16, hole 6): stray closing tags, garbage and 200,000 nested
 * {@code <div>}s used to lose the second message and empty the first with no warning. Every
 * message must be read, and the damage said, naming the page and the message.
 */
class TelegramHtmlDamageTest {

    @TempDir
    Path dir;

    @Test
    void strayClosingTagsAndGarbageLoseNoMessageAndNoTextSilently() throws IOException {
        RecordingSink sink = read(page("</div></p><i>Crag on Saturday?</span></div> <<>>&garbage;"));

        assertEquals(List.of("1", "2"), sink.messages.stream().map(Message::platformId).toList(), sink.warningTexts());
        assertTrue(sink.messages.get(0).text().contains("Crag on Saturday?"), "the text outside its block is kept: "
                + sink.messages.get(0).text());
        assertEquals("Yes, 9:00", sink.messages.get(1).text());
        assertWarned(sink, TelegramMessages.WARN_PAGE_DAMAGED, "messages.html");
        assertWarned(sink, TelegramMessages.WARN_TEXT_RECOVERED, "1");
    }

    @Test
    void twoHundredThousandNestedDivsLoseNoMessage() throws IOException {
        String deep = "<div>".repeat(200_000) + "deep" + "</div>".repeat(200_000);
        RecordingSink sink = read(page("Crag " + deep));

        assertEquals(List.of("1", "2"), sink.messages.stream().map(Message::platformId).toList(), sink.warningTexts());
        assertTrue(sink.messages.get(0).text().startsWith("Crag"), sink.messages.get(0).text());
        assertTrue(sink.messages.get(0).text().contains("deep"));
        assertEquals("Yes, 9:00", sink.messages.get(1).text());
        assertWarned(sink, TelegramMessages.WARN_PAGE_DAMAGED, "messages.html");
    }

    @Test
    void aWellFormedPageGivesNoDamageWarning() throws IOException {
        RecordingSink sink = read(page("Crag on Saturday?"));
        assertEquals("Crag on Saturday?", sink.messages.get(0).text());
        assertTrue(sink.warnings.stream().noneMatch(w -> w.text().key() == TelegramMessages.WARN_PAGE_DAMAGED),
                sink.warningTexts());
    }

    private RecordingSink read(String html) throws IOException {
        Path page = Files.writeString(dir.resolve("messages.html"), html);
        return Fixtures.read(page);
    }

    private static void assertWarned(RecordingSink sink, TelegramMessages key, String named) {
        ImportWarning warning = sink.warnings.stream().filter(w -> w.text().key() == key).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + sink.warningTexts()));
        assertTrue(warning.file().contains(named) || warning.text().args().contains(named)
                || warning.text().args().stream().anyMatch(arg -> named.equals(String.valueOf(arg))),
                warning.file() + " " + warning.text());
    }

    /** A one-page chat export of two messages; the first one's text as given. */
    private static String page(String firstText) {
        return """
                <!DOCTYPE html>
                <html>
                 <head><meta charset="utf-8"/><title>Exported Data</title></head>
                 <body>
                  <div class="page_wrap">
                   <div class="page_header"><div class="content"><div class="text bold">
                Mira Volkova
                   </div></div></div>
                   <div class="page_body chat_page">
                    <div class="history">
                     <div class="message service" id="message-1"><div class="body details">
                3 March 2021
                     </div></div>
                     <div class="message default clearfix" id="message1">
                      <div class="body">
                       <div class="pull_right date details" title="03.03.2021 09:00:00">09:00</div>
                       <div class="from_name">Mira Volkova</div>
                       <div class="text">%s</div>
                      </div>
                     </div>
                     <div class="message default clearfix" id="message2">
                      <div class="body">
                       <div class="pull_right date details" title="03.03.2021 09:01:00">09:01</div>
                       <div class="from_name">Tomás Ruiz</div>
                       <div class="text">Yes, 9:00</div>
                      </div>
                     </div>
                    </div>
                   </div>
                  </div>
                 </body>
                </html>
                """.formatted(firstText);
    }
}
