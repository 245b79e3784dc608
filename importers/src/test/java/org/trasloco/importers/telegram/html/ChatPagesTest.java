package org.trasloco.importers.telegram.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatPagesTest {

    @Test
    void pagesAreInNumericOrder(@TempDir Path folder) throws IOException {
        for (int page = 1; page <= 11; page++) {
            String next = page < 11 ? "<a class=\"pagination block_link\" href=\"messages" + (page + 1) + ".html\">\nNext messages\n</a>" : "";
            Files.writeString(folder.resolve(page == 1 ? "messages.html" : "messages" + page + ".html"),
                    "<html><div class=\"history\">" + next + "</div></html>");
        }
        Files.writeString(folder.resolve("messages1.html"), "never written by Telegram Desktop");

        List<String> names = ChatPages.of(folder, "chat").stream().map(page -> page.getFileName().toString()).toList();

        assertEquals(List.of("messages.html", "messages2.html", "messages3.html", "messages4.html", "messages5.html",
                "messages6.html", "messages7.html", "messages8.html", "messages9.html", "messages10.html", "messages11.html"),
                names);
    }

    @Test
    void recognisesPageNames() {
        assertTrue(ChatPages.isPage("messages.html"));
        assertTrue(ChatPages.isPage("messages12.html"));
        assertFalse(ChatPages.isPage("messages1.html"));
        assertFalse(ChatPages.isPage("export_results.html"));
    }
}
