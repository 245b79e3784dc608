package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.testing.ForkedJvm;
import org.trasloco.importers.CountingSink;
import org.trasloco.importers.ReadOptions;

/**
 * Hostile chat texts read in a JVM with a small heap (issue 16): a message or a line that never ends
 * must be refused with a domain error naming the file and line, not fill the memory.
 */
class WhatsAppMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aHeaderWithFiftyMegabytesOfShortContinuationLinesIsRefusedWithinA64MegabyteHeap() throws Exception {
        Path file = dir.resolve("WhatsApp Chat with Ada.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("14/02/2024, 09:11 - Ada: first\n14/02/2024, 09:12 - Bob: start\n".getBytes(StandardCharsets.UTF_8));
            byte[] block = "a\n".repeat(1 << 19).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        ForkedJvm.Result result = ForkedJvm.run("64m", Probe.class, file.toString());
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("REFUSED input.messageTooLong line 2 until"), result.output());
        assertTrue(result.output().contains(file.getFileName().toString()), "the message names the file: " + result.output());
    }

    @Test
    void aFiftyMegabyteLineIsRefusedWithinA32MegabyteHeap() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("14/02/2024, 09:12 - Ada: ".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write('\n');
        }
        ForkedJvm.Result result = ForkedJvm.run("32m", Probe.class, file.toString());
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("REFUSED input.lineTooLong line 1"), result.output());
    }

    /** Reads one export in the forked JVM and prints how it ended. */
    public static final class Probe {
        public static void main(String[] args) {
            Path file = Path.of(args[0]);
            try {
                CountingSink sink = new CountingSink();
                new WhatsAppReader().read(file, ReadOptions.defaults(), sink, ProgressListener.NONE, Cancellation.NEVER);
                System.out.println("READ " + sink.messages);
            } catch (TraslocoException e) {
                Object line = e.text().args().size() > 1 ? e.text().args().get(1) : "?";
                Object until = e.text().args().size() > 2 ? e.text().args().get(2) : "?";
                System.out.println("REFUSED " + e.text().key().key() + " line " + line + " until " + until);
                System.out.println(e.getMessage());
            } catch (OutOfMemoryError e) {
                System.out.println("OUT OF MEMORY");
                System.exit(3);
            }
        }
    }
}
