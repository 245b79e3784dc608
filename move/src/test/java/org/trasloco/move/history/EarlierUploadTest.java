package org.trasloco.move.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.workspace.ServerInvitationStore;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.core.address.XmppAddress;

/** Whether an upload was under way, read from the workspace alone (the wizard after a restart). */
class EarlierUploadTest {

    private static final XmppAddress ANNA = XmppAddress.account("anna@example.org");

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
            assertFalse(EarlierUpload.of(choices, XmppAddress.account("other@example.org")).unfinished(),
                    "per account");
        }
    }

    @Test
    void whoJoinedWithTheirInvitationAfterTheLastReadBackIsNamed() {
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            MoveChoices choices = MoveChoices.of(workspace);
            Instant checked = Instant.parse("2026-12-01T10:00:00Z");
            choices.verified(ANNA, new MoveChoices.Verified(3, 3, checked));
            ServerInvitationStore store = workspace.serverInvitations(ANNA.toString());
            store.save(invitation(1, "Ada").usedBy("ada@example.org", checked.minusSeconds(60)));
            store.save(invitation(2, "Jess").usedBy("jess@example.org", checked.plusSeconds(60)));
            store.save(invitation(3, "Rosa"));

            assertEquals(List.of("Jess"), EarlierUpload.of(choices, ANNA).joinedSince(),
                    "Ada's chats moved at the upload after she joined; Rosa has not joined");
            assertEquals(List.of(), EarlierUpload.of(choices, XmppAddress.account("other@example.org")).joinedSince());
        }
    }

    private static ServerInvitationStore.Invitation invitation(long id, String name) {
        return new ServerInvitationStore.Invitation(id, name, "xmpp:anna@example.org?roster;preauth=t" + id + ";ibr=y",
                null, null, Instant.parse("2026-11-30T10:00:00Z"), null, null);
    }
}
