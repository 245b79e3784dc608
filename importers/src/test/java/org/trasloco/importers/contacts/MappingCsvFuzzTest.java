package org.trasloco.importers.contacts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.importers.FuzzFiles;

/**
 * Fuzzes the people CSV reader (the file a user edits and imports back) with arbitrary bytes.
 */
class MappingCsvFuzzTest {

    private static final FuzzFiles FILES = new FuzzFiles();
    private static final Roster NOBODY = new Roster(List.of(), Roster.MeBasis.CONFIRMED, List.of(), List.of(), List.of());

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void peopleCsv(byte[] bytes) {
        Path file = FILES.write("people.csv", bytes);
        try {
            MappingCsv.read(file, NOBODY);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
