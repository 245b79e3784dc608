package org.trasloco.invites.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.trasloco.core.error.TraslocoException;

/**
 * Fuzzes the workshop participants CSV reader with arbitrary text. Domain errors are answers;
 * anything else is a finding.
 */
class ParticipantsCsvFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void participants(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            CsvTable.parse(Path.of("participants.csv"), text);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
