package org.trasloco.xmpp.archive.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.Network;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.plan.PlanSummary;

/** An imported message's date is compared to the second, which is what archives of imports keep. */
class ArchiveComparisonTest {

    private static final Instant SENT = Instant.parse("2016-03-01T09:00:00Z");
    private static final ArchiveEntry ENTRY = new ArchiveEntry("wa-1", Network.WHATSAPP, "chat", SENT,
            "anna@localhost", "bruno@example.net", "Ciao", List.of(), false);
    private static final PlanSummary SUMMARY = new PlanSummary(List.of(), 1, 4, SENT, SENT, 0, Map.of());

    @Test
    void microsecondsThatKeepEjabberdsIdsApartDoNotMakeADifference() {
        VerificationReport report = compare(SENT.plusNanos(1_000));
        assertEquals(1, report.confirmed());
        assertEquals(0, report.conversations().get(0).different());
    }

    @Test
    void anotherSecondIsAnotherDate() {
        VerificationReport report = compare(SENT.plusSeconds(1));
        assertEquals(0, report.confirmed());
        assertEquals(1, report.conversations().get(0).different());
    }

    private static VerificationReport compare(Instant archived) {
        ArchiveComparison comparison = new ArchiveComparison();
        comparison.add(new ArchivedItem("1456822800000001", archived, "anna@localhost/phone", "bruno@example.net", "Ciao",
                "wa-1", List.of(), true));
        return comparison.compare(List.of(ENTRY).iterator(), SUMMARY, Duration.ZERO);
    }
}
