package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.CollectingSink;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ZipBuilder;
import org.trasloco.importers.ZipLimits;

/** Damaged, hostile and wrong inputs: each gives a domain error naming the file and the line or entry. */
class WhatsAppBadInputTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    @Test
    void randomBytesAreNotAnExport() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("chat.txt"), noise);
        assertDetectionFails(file, ImporterMessages.INPUT_BINARY);
        assertReadFails(file, ImporterMessages.INPUT_BINARY, "chat.txt");
    }

    @Test
    void aPictureRenamedToTxtIsNotAnExport() throws IOException {
        Path file = Files.write(dir.resolve("WhatsApp Chat with Ada.txt"), Arrays.copyOf(PNG_HEAD, 4096));
        assertDetectionFails(file, ImporterMessages.INPUT_BINARY);
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertDetectionFails(file, ImporterMessages.INPUT_EMPTY);
        assertReadFails(file, ImporterMessages.INPUT_EMPTY, "empty.txt");
        Path onlyBom = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertReadFails(onlyBom, ImporterMessages.INPUT_EMPTY, "bom.txt");
    }

    @Test
    void textWithoutAnyMessageHeaderIsNotAnExport() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "shopping list\nbread\nmilk\n");
        assertDetectionFails(file, ImporterMessages.INPUT_UNRECOGNISED);
        assertReadFails(file, ImporterMessages.WHATSAPP_NO_MESSAGE, "notes.txt");
    }

    @Test
    void oneNulInAValidChatIsKeptAsAReplacementAndWarnedNotTakenForBinary() throws IOException {
        Path file = Files.writeString(dir.resolve("WhatsApp Chat with Ada.txt"),
                "14/02/2024, 09:12 - Ada: one\n14/02/2024, 09:13 - Bob: t\0wo\n14/02/2024, 09:14 - Ada: three\n");
        assertTrue(new WhatsAppReader().recognizes(file));
        CollectingSink sink = new CollectingSink();
        new WhatsAppReader().read(file, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(3, sink.messages.size());
        assertEquals("t\uFFFDwo", sink.messages.get(1).text());
        assertEquals(1, sink.warnings.size());
        assertEquals(ImporterMessages.WHATSAPP_WARN_NUL, sink.warnings.get(0).text().key());
        assertEquals(2, sink.warnings.get(0).line());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] good = "14/02/2024, 09:12 - Ada: one\n14/02/2024, 09:13 - Bob: two\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "14/02/2024, 09:14 - Ada: caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(good);
            out.write(bad);
        }
        TraslocoException error = assertReadFails(file, ImporterMessages.INPUT_BAD_ENCODING, "latin1.txt");
        assertEquals(3L, error.text().args().get(1), "the bad byte is on line 3");
    }

    @Test
    void aTruncatedZipIsDamaged() throws IOException {
        Path zip = dir.resolve("WhatsApp Chat with Ada.zip");
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("WhatsApp Chat with Ada.txt", "14/02/2024, 09:12 - Ada: hi\n".repeat(2000));
        }
        byte[] whole = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(whole, whole.length / 2));
        assertDetectionFails(zip, ImporterMessages.ZIP_DAMAGED);
        assertReadFails(zip, ImporterMessages.ZIP_DAMAGED, "WhatsApp Chat with Ada.zip");
    }

    @Test
    void zipEntriesPointingOutsideTheArchiveAreRefused() throws IOException {
        for (String evil : new String[] {"../../.bashrc", "/etc/cron.d/evil", "media/../../x.jpg", "C:\\Windows\\x.dll",
                "..\\..\\x.jpg"}) {
            Path zip = dir.resolve("slip-" + Math.abs(evil.hashCode()) + ".zip");
            try (ZipBuilder builder = new ZipBuilder(zip)) {
                builder.add("_chat.txt", "[14/02/2024, 09:12:00] Ada: hi\n").add(evil, new byte[] {1});
            }
            TraslocoException error = assertReadFails(zip, ImporterMessages.ZIP_UNSAFE_ENTRY, zip.getFileName().toString());
            // Names written by Windows tools are shown with forward slashes, as the zip library reads them.
            assertEquals(evil.replace('\\', '/'), error.text().args().get(1), "the message names the entry");
            assertDetectionFails(zip, ImporterMessages.ZIP_UNSAFE_ENTRY);
        }
    }

    @Test
    void aZipBombIsStoppedWhileUnpacking() throws IOException {
        Path zip = dir.resolve("WhatsApp Chat with Bomb.zip");
        byte[] line = "14/02/2024, 09:12 - Ada: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".getBytes(StandardCharsets.UTF_8);
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("WhatsApp Chat with Bomb.txt", out -> {
                for (int i = 0; i < 400_000; i++) {
                    out.write(line);
                }
            });
        }
        ReadOptions tight = ReadOptions.defaults().withZipLimits(new ZipLimits(100, 1L << 40, 1L << 40, 100, 1 << 20));
        TraslocoException error = assertThrows(TraslocoException.class, () -> new WhatsAppReader()
                .read(zip, tight, new CollectingSink(), ProgressListener.NONE, Cancellation.NEVER));
        assertEquals(ImporterMessages.ZIP_BOMB, error.text().key());
        assertEquals("WhatsApp Chat with Bomb.txt", error.text().args().get(1));
    }

    @Test
    void aZipBombIsStoppedSoonAfterTheThresholdHasUnpackedNotAfterItsWholeRatio() throws IOException {
        // 64 MB of one repeated line pack to about 64 KB: over the whole entry the ratio is 1000, so a
        // check against the entry's packed size would let 100 × 64 KB = 6.4 MB unpack before stopping.
        Path zip = dir.resolve("WhatsApp Chat with Bomb.zip");
        byte[] line = "14/02/2024, 09:12 - Ada: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".getBytes(StandardCharsets.UTF_8);
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("WhatsApp Chat with Bomb.txt", out -> {
                for (int i = 0; i < (64 << 20) / line.length; i++) {
                    out.write(line);
                }
            });
        }
        long threshold = 1 << 20;
        ReadOptions tight = ReadOptions.defaults().withZipLimits(new ZipLimits(100, 1L << 40, 1L << 40, 100, threshold));
        long[] unpacked = {0};
        ProgressListener progress = (done, total) -> unpacked[0] = Math.max(unpacked[0], done);
        TraslocoException error = assertThrows(TraslocoException.class, () -> new WhatsAppReader()
                .read(zip, tight, new CollectingSink(), progress, Cancellation.NEVER));
        assertEquals(ImporterMessages.ZIP_BOMB, error.text().key());
        assertTrue(unpacked[0] > 0 && unpacked[0] < 2 * threshold,
                "stopped after " + unpacked[0] + " bytes, the threshold is " + threshold);
    }

    /** Found by WhatsAppZipFuzzTest: a zstd-compressed entry failed with NoClassDefFoundError. */
    @Test
    void aZipEntryCompressedInAnUnusualWayIsRefusedInWords() throws IOException, java.net.URISyntaxException {
        Path finding = Path.of(WhatsAppBadInputTest.class
                .getResource("WhatsAppZipFuzzTestInputs/zipExport/finding-zstd-compressed-entry").toURI());
        Path zip = Files.copy(finding, dir.resolve("WhatsApp Chat with Fuzz.zip"));
        assertFalse(new WhatsAppReader().recognizes(zip));
        TraslocoException error = assertThrows(TraslocoException.class, () -> new WhatsAppReader()
                .read(zip, ReadOptions.defaults(), new CollectingSink(), ProgressListener.NONE, Cancellation.NEVER));
        assertEquals(ImporterMessages.ZIP_UNSUPPORTED, error.text().key(), error.getMessage());
    }

    @Test
    void zipSizeAndEntryLimitsAreEnforced() throws IOException {
        Path zip = dir.resolve("WhatsApp Chat with Many.zip");
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("WhatsApp Chat with Many.txt", "14/02/2024, 09:12 - Ada: hi\n".repeat(10_000));
            for (int i = 0; i < 20; i++) {
                builder.add("IMG-" + i + ".jpg", new byte[1000]);
            }
        }
        assertEquals(ImporterMessages.ZIP_TOO_MANY_ENTRIES, readWith(zip, new ZipLimits(10, 1L << 30, 1L << 30, 100, 1 << 20)));
        assertEquals(ImporterMessages.ZIP_ENTRY_TOO_LARGE, readWith(zip, new ZipLimits(100, 100_000, 1L << 30, 1000, 1 << 20)));
        assertEquals(ImporterMessages.ZIP_TOTAL_TOO_LARGE, readWith(zip, new ZipLimits(100, 1L << 30, 200_000, 1000, 1 << 20)));
    }

    @Test
    void aZipWithoutAChatTextSaysSo() throws IOException {
        Path zip = dir.resolve("photos.zip");
        try (ZipBuilder builder = new ZipBuilder(zip)) {
            builder.add("IMG-1.jpg", new byte[] {1}).add("IMG-2.jpg", new byte[] {2});
        }
        assertReadFails(zip, ImporterMessages.WHATSAPP_NO_CHAT_TEXT, "photos.zip");
    }

    @Test
    void aMissingFileSaysSo() {
        assertDetectionFails(dir.resolve("gone.zip"), ImporterMessages.INPUT_NOT_FOUND);
    }

    @Test
    void everyErrorMessageIsLocalisedAndNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "bread\n");
        TraslocoException error = assertThrows(TraslocoException.class, () -> ExportDetector.standard().discover(file));
        assertTrue(error.message(Locale.ITALIAN).contains("notes.txt"));
        assertTrue(error.message(Locale.ITALIAN).contains("non è un'esportazione"), error.message(Locale.ITALIAN));
        assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
    }

    private ImporterMessages readWith(Path zip, ZipLimits limits) {
        return (ImporterMessages) assertThrows(TraslocoException.class, () -> new WhatsAppReader().read(zip,
                ReadOptions.defaults().withZipLimits(limits), new CollectingSink(), ProgressListener.NONE,
                Cancellation.NEVER)).text().key();
    }

    private static void assertDetectionFails(Path path, ImporterMessages expected) {
        assertFalse(new WhatsAppReader().recognizes(path));
        TraslocoException error = assertThrows(TraslocoException.class, () -> ExportDetector.standard().discover(path));
        assertEquals(expected, error.text().key(), error.getMessage());
    }

    private static TraslocoException assertReadFails(Path path, ImporterMessages expected, String named) {
        CollectingSink sink = new CollectingSink();
        TraslocoException error = assertThrows(TraslocoException.class, () -> new WhatsAppReader()
                .read(path, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER));
        assertEquals(expected, error.text().key(), error.getMessage());
        assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
        assertTrue(error.getMessage().contains(named), error.getMessage());
        return error;
    }
}
