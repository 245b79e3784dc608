package org.trasloco.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trasloco.app.cli.io.ExitCodes;

/** Small command-line slips of issue 16: a password echoed, an option suggested that does not exist. */
class CommandLineSlipsTest {

    @Test
    void aPasswordGivenAsAnOptionIsRefusedWithoutBeingPrinted() {
        CliRun joined = CliRun.of("account", "check", "--jid", "x@localhost", "--password-stdin",
                "--password=hunter2secret", "--lang", "en");
        assertEquals(ExitCodes.USAGE, joined.exit());
        assertFalse((joined.out() + joined.err()).contains("hunter2secret"), joined.err());
        assertTrue(joined.err().contains("--password=***"), joined.err());

        CliRun separate = CliRun.of("upload", "--password", "hunter2secret", "--lang", "en");
        assertEquals(ExitCodes.USAGE, separate.exit());
        assertFalse((separate.out() + separate.err()).contains("hunter2secret"), separate.err());
    }

    @Test
    void accountCheckWithoutAPasswordSuggestsNoOptionItLacks() {
        CliRun run = CliRun.of("account", "check", "--jid", "x@localhost", "--password-stdin", "--lang", "en");
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("No password on standard input"), run.err());
        assertFalse(run.err().contains("--generate-password"), run.err());
    }
}
