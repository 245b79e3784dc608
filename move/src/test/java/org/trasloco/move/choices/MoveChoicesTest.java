package org.trasloco.move.choices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.testing.HistoryFixture;

/** The user's choices live on the workspace: a second opening (the wizard after the CLI, or a restart) sees them. */
class MoveChoicesTest {

    @TempDir
    Path dir;

    @Test
    void everyChoiceIsReadBackFromTheWorkspace() {
        Path file = dir.resolve("move.trasloco");
        AccountAddress anna = AccountAddress.parse("anna@example.org");
        CertificatePin pin = CertificatePin.parse("AB".repeat(32));
        try (Workspace workspace = Workspace.open(file)) {
            MoveChoices choices = MoveChoices.of(workspace);
            choices.journey(Journey.HELPER);
            choices.zone(ZoneId.of("Europe/Rome"));
            choices.account(new ChosenAccount(anna, ServerAddress.of("example.org").withHost("127.0.0.1").withPort(5299)
                    .withPin(pin)));
            choices.archive(anna, new ArchiveChoice(UploadPath.NOTES, Locale.ITALIAN));
            choices.invitationSent(7, true);
            choices.invitationSent(9, true);
            choices.invitationSent(7, false);
            choices.kit(dir.resolve("kit.pdf"));
        }
        try (Workspace workspace = Workspace.open(file)) {
            MoveChoices choices = MoveChoices.of(workspace);
            assertEquals(Optional.of(Journey.HELPER), choices.journey());
            assertEquals(ZoneId.of("Europe/Rome"), choices.zoneOrSystem());
            ChosenAccount account = choices.account().orElseThrow();
            assertEquals(anna, account.address());
            assertEquals(Optional.of("127.0.0.1"), account.server().explicitHost());
            assertEquals(5299, account.server().port());
            assertEquals(Optional.of(pin), account.server().pinned());
            assertEquals(Optional.of(new ArchiveChoice(UploadPath.NOTES, Locale.ITALIAN)), choices.archive(anna));
            assertEquals(Optional.empty(), choices.archive(AccountAddress.parse("other@example.org")));
            assertEquals(Set.of(9L), choices.invitationsSent());
            assertEquals(Optional.of(dir.resolve("kit.pdf").toAbsolutePath()), choices.kit());
        }
    }

    @Test
    void anAccountOnAServerFoundByDnsKeepsNoHostPortOrPin() {
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            MoveChoices choices = MoveChoices.of(workspace);
            choices.account(new ChosenAccount(AccountAddress.parse("anna@example.org"),
                    ServerAddress.of("example.org").withHost("10.0.0.1").withPort(5222)));
            choices.account(ChosenAccount.standard(AccountAddress.parse("anna@example.org")));
            ServerAddress server = choices.account().orElseThrow().server();
            assertEquals(Optional.empty(), server.explicitHost());
            assertEquals(0, server.port());
            assertEquals(Optional.empty(), server.pinned());
        }
    }

    @Test
    void theConversationsThatMoveAreTheNonEmptyOnesNotLeftOut() {
        try (Workspace workspace = HistoryFixture.create(dir.resolve("move.trasloco"), 3, 10, 5)) {
            MoveChoices choices = MoveChoices.of(workspace);
            assertEquals(List.of("Bruno", "Carla Neri", "+39 333 123 4567", "Family"),
                    choices.moving().stream().map(ConversationSummary::title).toList());
            choices.excluded(Set.of("whatsapp/Bruno", "whatsapp/Family"));
            assertEquals(List.of("Carla Neri", "+39 333 123 4567"),
                    choices.moving().stream().map(ConversationSummary::title).toList());
            assertTrue(choices.excluded().contains(MoveChoices.keyOf(workspace.conversations().get(0))));
        }
    }

    @Test
    void aZoneThatIsNoZoneIsExplained() {
        TraslocoException error = org.junit.jupiter.api.Assertions.assertThrows(TraslocoException.class,
                () -> MoveChoices.parseZone("Mars/Olympus"));
        assertEquals(TraslocoException.Kind.USAGE, error.kind());
        assertTrue(error.message(Locale.ENGLISH).contains("Mars/Olympus is not a time zone"), error.getMessage());
    }
}
