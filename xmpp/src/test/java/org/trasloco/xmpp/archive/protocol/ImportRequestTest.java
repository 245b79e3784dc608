package org.trasloco.xmpp.archive.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.Network;
import org.trasloco.xmpp.archive.ArchiveEntry;

class ImportRequestTest {

    private static ArchiveEntry entry(String id, String body) {
        return new ArchiveEntry(id, Network.WHATSAPP, "chat", Instant.parse("2019-05-04T10:15:30Z"), "anna@example.org",
                "bruno@example.org", body, List.of(), false);
    }

    @Test
    void utf8LengthCountsWhatTheWireCarries() {
        for (String text : List.of("", "ciao", "città è già", "€ 5", "😀🎉 ok", "日本語", "a\u0000b")) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ImportRequest.utf8Length(text), text);
        }
    }

    @Test
    void itemsWrittenWhileMeasuringMakeTheSameRequestAsTheMessages() {
        List<ArchiveEntry> entries = List.of(entry("m1", "ciao <3 & \"tu\""), entry("m2", "città 😀"));
        ImportRequest direct = new ImportRequest(entries, true, "m0");
        ImportRequest written = ImportRequest.ofItems(entries.stream().map(ImportRequest::item).toList(), true, "m0");
        direct.setStanzaId("x");
        written.setStanzaId("x");
        assertEquals(direct.toXML().toString(), written.toXML().toString());
        assertEquals(2, written.count());
        int measured = entries.stream().mapToInt(ImportRequest::itemBytes).sum();
        String xml = direct.toXML().toString();
        String items = xml.substring(xml.indexOf("<forwarded"), xml.lastIndexOf("</forwarded>") + "</forwarded>".length());
        assertEquals(items.getBytes(StandardCharsets.UTF_8).length, measured);
    }
}
