package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadLedgerTest {

    private static final Instant T1 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2024-05-01T10:00:05Z");

    @TempDir
    Path dir;

    @Test
    void aMessageIsSentThenAcknowledgedAndTheStateSurvivesReopening() {
        Path file = dir.resolve("w.trasloco");
        try (Workspace workspace = Workspace.open(file)) {
            UploadLedger ledger = workspace.uploadLedger("anna@example.org");
            ledger.markSent(List.of("a", "b", "c"), "import", T1);
            ledger.markAcknowledged(List.of("a", "b"), T2);
            assertEquals(new UploadLedger.Counts(3, 2), ledger.counts());
        }
        try (Workspace workspace = Workspace.open(file)) {
            UploadLedger ledger = workspace.uploadLedger("anna@example.org");
            assertEquals(Set.of("a", "b"), ledger.acknowledged());
            assertEquals(List.of(new UploadLedger.Entry("c", "import", T1)), ledger.unacknowledged());
        }
    }

    @Test
    void sendingAgainDoesNotUndoAnAcknowledgement() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            UploadLedger ledger = workspace.uploadLedger("anna@example.org");
            ledger.markSent(List.of("a"), "notes", T1);
            ledger.markAcknowledged(List.of("a"), T1);
            ledger.markSent(List.of("a", "b"), "notes", T2);
            assertEquals(Set.of("a"), ledger.acknowledged());
            assertEquals(List.of(new UploadLedger.Entry("b", "notes", T2)), ledger.unacknowledged());
        }
    }

    @Test
    void oneTransactionRecordsConfirmedMessagesAndTheNextOnTheirWay() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            UploadLedger ledger = workspace.uploadLedger("anna@example.org");
            ledger.markSent(List.of("a", "b"), "import", T1);
            // "c" is confirmed in the same write that first records it as sent: it ends acknowledged.
            ledger.record(List.of("a", "c"), T2, List.of("c", "d"), "import", T2);
            assertEquals(new UploadLedger.Counts(4, 2), ledger.counts());
            assertEquals(Set.of("a", "c"), ledger.acknowledged());
            assertEquals(List.of(new UploadLedger.Entry("b", "import", T1), new UploadLedger.Entry("d", "import", T2)),
                    ledger.unacknowledged());
        }
    }

    @Test
    void eachAccountHasItsOwnLedgerAndForgettingOneKeepsTheOther() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            UploadLedger anna = workspace.uploadLedger("anna@example.org");
            UploadLedger old = workspace.uploadLedger("anna@old.example");
            anna.markAcknowledged(List.of("a"), T1);
            old.markAcknowledged(List.of("a", "b"), T1);
            anna.mediaUploaded("a", 0, new UploadLedger.MediaLink("https://upload.example.org/x.jpg", 1234), T1);
            assertEquals("https://upload.example.org/x.jpg", anna.media("a", 0).orElseThrow().url());
            anna.forget();
            assertTrue(anna.acknowledged().isEmpty());
            assertTrue(anna.media("a", 0).isEmpty());
            assertEquals(Set.of("a", "b"), old.acknowledged());
        }
    }

    @Test
    void eachMessageIsKeptAsItWasSentUntilAChangeIsRecorded() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            UploadLedger ledger = workspace.uploadLedger("anna@example.org");
            UploadLedger.Sent toPlaceholder = new UploadLedger.Sent("a", "carla.1a2b3c@whatsapp.trasloco.invalid", "c0ffee");
            ledger.markSentAs(List.of(toPlaceholder, new UploadLedger.Sent("b", "bruno@example.org", "beef")), "import", T1);
            ledger.recordSent(List.of("a"), T2, List.of(), "import", T2);
            assertEquals(java.util.Map.of("a", toPlaceholder), ledger.confirmed(), "only what the server confirmed");

            UploadLedger.Sent moved = new UploadLedger.Sent("a", "carla@example.org", "c0ffee");
            ledger.changed(List.of(moved, new UploadLedger.Sent("b", "nobody@example.org", "x")), T2);
            assertEquals(java.util.Map.of("a", moved), ledger.confirmed(), "a message not confirmed is not changed");
            ledger.markSentAs(List.of(new UploadLedger.Sent("a", "someone@example.org", "y")), "import", T2);
            assertEquals(java.util.Map.of("a", moved), ledger.confirmed(), "sending again does not undo a confirmation");
        }
    }
}
