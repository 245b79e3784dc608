package org.trasloco.move.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.login.AccountAddress;

/** Whether an upload was under way, read from the workspace alone (the wizard after a restart). */
class EarlierUploadTest {

    private static final AccountAddress ANNA = AccountAddress.parse("anna@example.org");

    @TempDir
    Path dir;

    @Test
    void nothingSentIsNoUploadUnderWay() {
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            EarlierUpload earlier = EarlierUpload.of(MoveChoices.of(workspace), ANNA);
            assertEquals(0, earlier.sent());
            assertFalse(earlier.unfinished());
            assertFalse(earlier.confirmedEarlier());
        }
    }

    @Test
    void anUploadStoppedHalfwayIsUnfinishedUntilAReadBackConfirmsEverything() {
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            MoveChoices choices = MoveChoices.of(workspace);
            UploadLedger ledger = workspace.uploadLedger(ANNA.toString());
            ledger.record(List.of("a", "b"), Instant.now(), List.of("a", "b", "c"), "import", Instant.now());
            EarlierUpload stopped = EarlierUpload.of(choices, ANNA);
            assertEquals(3, stopped.sent());
            assertEquals(2, stopped.confirmed());
            assertTrue(stopped.unfinished());

            ledger.markAcknowledged(List.of("c"), Instant.now());
            assertTrue(EarlierUpload.of(choices, ANNA).unfinished(), "no read-back yet");
            choices.verified(ANNA, new MoveChoices.Verified(2, 3, Instant.now()));
            assertTrue(EarlierUpload.of(choices, ANNA).unfinished(), "the read-back found a difference");
            choices.verified(ANNA, new MoveChoices.Verified(3, 3, Instant.now()));
            EarlierUpload done = EarlierUpload.of(choices, ANNA);
            assertFalse(done.unfinished());
            assertTrue(done.confirmedEarlier());

            ledger.markSent(List.of("d"), "import", Instant.now());
            assertTrue(EarlierUpload.of(choices, ANNA).unfinished(), "a later upload was stopped");
            ledger.markAcknowledged(List.of("d"), Instant.now());
            assertTrue(EarlierUpload.of(choices, ANNA).unfinished(), "confirmed, not yet read back");
            assertFalse(EarlierUpload.of(choices, AccountAddress.parse("other@example.org")).unfinished(),
                    "per account");
        }
    }
}
