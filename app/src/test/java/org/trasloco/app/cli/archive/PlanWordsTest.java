package org.trasloco.app.cli.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.app.cli.CliRun;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.xmpp.archive.plan.ConversationPlan;
import org.trasloco.xmpp.archive.plan.ConversationRef;
import org.trasloco.xmpp.archive.plan.PlanSummary;

/** The upload plan's words (issue 16): a two-person chat is no group chat, one is not "1 conversations". */
class PlanWordsTest {

    @Test
    void theNotesPlanNamesEachKindOfChatRightAndCountsInTheSingular() {
        PlanSummary summary = new PlanSummary(List.of(
                plan("Sam", ConversationKind.DIRECT, 1), plan("Book Club", ConversationKind.GROUP, 3)),
                4, 100, null, null, 0, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliIo io = CliIo.of(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), Locale.ENGLISH, false);
        ArchivePrinter.plan(io, summary);
        io.out().flush();
        assertEquals(List.of("  Sam: 1 message, as notes to yourself",
                "  Book Club: 3 messages, as notes to yourself (a group chat)",
                "4 messages from 2 conversations."), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void helpTextsShowApostrophesOnce() {
        CliRun help = CliRun.of("upload", "--help", "--lang", "en");
        assertEquals(0, help.exit());
        org.junit.jupiter.api.Assertions.assertTrue(help.out().contains("server's"), help.out());
        org.junit.jupiter.api.Assertions.assertFalse(help.out().contains("''"), help.out());
        CliRun italian = CliRun.of("export-pie", "--help", "--lang", "it");
        org.junit.jupiter.api.Assertions.assertFalse(italian.out().contains("''"), italian.out());
    }

    private static ConversationPlan plan(String title, ConversationKind kind, long entries) {
        return new ConversationPlan(new ConversationRef(Network.WHATSAPP, title), title, kind, true, entries, Map.of());
    }
}
