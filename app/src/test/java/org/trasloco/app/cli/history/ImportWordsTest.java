package org.trasloco.app.cli.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;

/** What import prints names chats as people know them (issue 16: Telegram keys were printed). */
class ImportWordsTest {

    @TempDir
    Path dir;

    @Test
    void importNamesATelegramChatByItsTitleNotItsKey() throws IOException {
        Path export = TelegramExports.json(dir, "mira", TelegramExports.MODERN_CHAT);
        CliRun run = CliRun.of("import", export.toString(), "--workspace", dir.resolve("w.trasloco").toString(),
                "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Mira:"), run.out());
        assertFalse(run.out().contains("user7011223344"), run.out());
    }
}
