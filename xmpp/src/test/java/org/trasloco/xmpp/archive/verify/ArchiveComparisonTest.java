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

/**
 * An imported message's date is compared to the second, which is what archives of imports keep; a
 * corrected note is compared as its correction shows it.
 */
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

    @Test
    void aNoteCorrectedWithItsAttachmentIsConfirmedAsTheCorrectionShowsIt() {
        String link = "https://upload.example.org/a.jpg";
        ArchiveEntry note = new ArchiveEntry("wa-2", Network.WHATSAPP, "chat", SENT, "anna@localhost", "anna@localhost",
                link, List.of(link), true);
        ArchiveComparison comparison = new ArchiveComparison();
        // Notes to oneself are archived twice (sent and received), their corrections too.
        for (int copy = 0; copy < 2; copy++) {
            comparison.add(new ArchivedItem("n" + copy, SENT, "anna@localhost/trasloco", "anna@localhost/trasloco",
                    "\ud83d\udcce a.jpg", "wa-2", List.of(), false, null));
        }
        assertEquals(1, comparison.compare(List.of(note).iterator(), SUMMARY, Duration.ZERO).conversations().get(0)
                .different(), "before the correction the note lacks its photo");
        for (int copy = 0; copy < 2; copy++) {
            comparison.add(new ArchivedItem("c" + copy, SENT, "anna@localhost/trasloco", "anna@localhost/trasloco", link,
                    "wa-2.fix.1a2b3c4d", List.of(link), false, "wa-2"));
        }
        VerificationReport report = comparison.compare(List.of(note).iterator(), SUMMARY, Duration.ZERO);
        assertEquals(1, report.confirmed(), () -> String.join("\n", report.details(java.util.Locale.ENGLISH)));
        assertEquals(0, report.conversations().get(0).duplicated(), "corrections are no copies of the note");
    }

    private static VerificationReport compare(Instant archived) {
        ArchiveComparison comparison = new ArchiveComparison();
        comparison.add(new ArchivedItem("1456822800000001", archived, "anna@localhost/phone", "bruno@example.net", "Ciao",
                "wa-1", List.of(), true, null));
        return comparison.compare(List.of(ENTRY).iterator(), SUMMARY, Duration.ZERO);
    }
}
