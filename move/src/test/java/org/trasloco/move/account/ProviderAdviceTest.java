package org.trasloco.move.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.providers.CatalogueStore;
import org.trasloco.xmpp.testing.HistoryFixture;

/** Servers advised for the history that moves: its oldest message decides which archives keep it. */
class ProviderAdviceTest {

    @TempDir
    Path dir;

    @Test
    void theOldestMessageIsTheFirstOfTheConversationsThatMove() {
        try (Workspace workspace = HistoryFixture.create(dir.resolve("move.trasloco"), 3, 10, 5)) {
            MoveChoices choices = MoveChoices.of(workspace);
            choices.zone(ZoneId.of("Europe/Rome"));
            Instant oldest = ProviderAdvice.oldestMoving(choices).orElseThrow();
            assertEquals(HistoryFixture.START.atZone(ZoneId.of("Europe/Rome")).toInstant(), oldest);
            choices.excluded(Set.of("whatsapp/Bruno", "whatsapp/Carla Neri", "whatsapp/+39 333 123 4567",
                    "whatsapp/Family"));
            assertEquals(Optional.empty(), ProviderAdvice.oldestMoving(choices));
        }
    }

    @Test
    void communityServersComeFirstThenThoseKeepingTheHistory() {
        CatalogueStore store = new CatalogueStore(dir.resolve("cache"));
        store.addCustomServer("chat.example.org");
        ProviderAdvice advice = ProviderAdvice.from(dir.resolve("cache"));
        try (Workspace workspace = HistoryFixture.create(dir.resolve("move.trasloco"), 2, 5, 0)) {
            // The fixture's history starts in 2016: nine years and more before this "now".
            List<ProviderOption> options = advice.forMove(MoveChoices.of(workspace), Instant.parse("2025-06-01T00:00:00Z"));
            assertEquals(List.of("serviziliberi.it", "chat.example.org"),
                    options.subList(0, 2).stream().map(option -> option.provider().domain()).toList());
            assertTrue(options.get(0).community() && options.get(1).community());
            ProviderOption third = options.get(2);
            assertEquals(Boolean.TRUE, third.keepsHistory(), third.toString());
            assertTrue(third.signsUpInApp(), third.toString());
            assertTrue(third.historyAgeDays() > 9 * 365, third.toString());
            ProviderOption shortLived = options.stream().filter(o -> o.provider().domain().equals("yax.im")).findFirst()
                    .orElseThrow();
            assertEquals(Boolean.FALSE, shortLived.keepsHistory());
            ProviderOption webOnly = options.stream().filter(o -> o.provider().domain().equals("disroot.org"))
                    .findFirst().orElseThrow();
            assertTrue(webOnly.signsUpOnlyOnTheWeb());
            assertFalse(options.get(0).signsUpOnlyOnTheWeb(), "unknown is not 'only on the web'");
        }
    }
}
