package org.trasloco.importers.contacts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.importers.FuzzFiles;

/**
 * Fuzzes the vCard phone-book reader with arbitrary bytes as a {@code .vcf}. Domain errors are
 * answers; anything else, a hang or running out of memory is a finding.
 */
class VCardFuzzTest {

    private static final FuzzFiles FILES = new FuzzFiles();

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void phoneBook(byte[] bytes) {
        Path file = FILES.write("contacts.vcf", bytes);
        try {
            VCardPhoneBook.read(file);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
