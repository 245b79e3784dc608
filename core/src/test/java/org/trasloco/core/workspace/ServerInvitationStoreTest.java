package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerInvitationStoreTest {

    private static final Instant MADE = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2024-05-08T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anInvitationIsKeptUsedAndReplacedWhenRenewed() {
        Path file = dir.resolve("w.trasloco");
        ServerInvitationStore.Invitation mamma = new ServerInvitationStore.Invitation(7, "Mamma",
                "xmpp:anna@example.org?roster;preauth=T1;ibr=y", "https://example.org/invite?T1", EXPIRES, MADE, null, null);
        try (Workspace workspace = Workspace.open(file)) {
            workspace.serverInvitations("anna@example.org").save(mamma);
        }
        try (Workspace workspace = Workspace.open(file)) {
            ServerInvitationStore store = workspace.serverInvitations("anna@example.org");
            assertEquals(List.of(mamma), store.all());
            assertEquals(List.of(), workspace.serverInvitations("anna@other.example").all(), "per account");
            assertFalse(mamma.expiredAt(EXPIRES.minusSeconds(1)));
            assertTrue(mamma.expiredAt(EXPIRES));

            ServerInvitationStore.Invitation renewed = new ServerInvitationStore.Invitation(7, "Mamma",
                    "xmpp:anna@example.org?roster;preauth=T2;ibr=y", null, null, EXPIRES, null, null);
            store.save(renewed);
            assertEquals(List.of(renewed), store.all(), "one current invitation per person");
            assertFalse(renewed.expiredAt(Instant.MAX), "no expiry known: never taken as expired");

            store.save(renewed.usedBy("mamma@example.org", EXPIRES));
            assertEquals("mamma@example.org", store.of(7).orElseThrow().usedBy());
            assertTrue(store.of(7).orElseThrow().used());
        }
    }

    @Test
    void whoUsedAnInvitationAndWhenGoTogether() {
        assertThrows(IllegalArgumentException.class, () -> new ServerInvitationStore.Invitation(1, "A", "xmpp:a@b?roster",
                null, null, MADE, "a@b", null));
    }
}
