package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trasloco.core.workspace.ServerInvitationStore.Invitation;

/** Who used which invitation, when the server tells only which were used and the roster only who is new. */
class InvitationJoinsTest {

    private static final Invitation MAMMA = invitation(1, "Mamma");
    private static final Invitation NONNA = invitation(2, "Nonna Rosa");
    private static final Invitation JESS = invitation(3, "Jess Moreau");

    @Test
    void anAddressNamedAfterThePersonIsTheirs() {
        assertEquals(Map.of(NONNA, "nonna.rosa@example.org", JESS, "Jess_Moreau@example.org"), InvitationJoins.match(
                List.of(MAMMA, NONNA, JESS), new TreeSet<>(List.of("nonna.rosa@example.org", "Jess_Moreau@example.org"))));
    }

    @Test
    void theLastInvitationAndTheLastNewcomerBelongTogether() {
        assertEquals(Map.of(MAMMA, "rosina58@example.org", NONNA, "nonna.rosa@example.org"), InvitationJoins.match(
                List.of(MAMMA, NONNA), new TreeSet<>(List.of("rosina58@example.org", "nonna.rosa@example.org"))));
    }

    @Test
    void twoNewcomersWithOtherNamesForTwoInvitationsStayUntied() {
        assertEquals(Map.of(), InvitationJoins.match(List.of(MAMMA, JESS),
                new TreeSet<>(List.of("rosina58@example.org", "jm@example.org"))));
    }

    @Test
    void aNameTwoNewcomersShareTiesNeither() {
        assertEquals(Map.of(), InvitationJoins.match(List.of(MAMMA, JESS),
                new TreeSet<>(List.of("mamma@example.org", "mamma@other.example"))));
    }

    private static Invitation invitation(long id, String name) {
        return new Invitation(id, name, "xmpp:sam@example.org?roster;preauth=T" + id + ";ibr=y", null, null,
                Instant.parse("2024-03-01T10:00:00Z"), null, null);
    }
}
