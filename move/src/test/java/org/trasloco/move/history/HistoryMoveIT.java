package org.trasloco.move.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ArchiveChoice;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.retention.RetentionVerdict;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadProgress;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/** The history workflow the wizard and {@code trasloco upload} share, against a real Prosody with our module. */
class HistoryMoveIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 0"));

    @TempDir
    Path dir;

    @Test
    void preparesUploadsConfirmsAndAddsNothingTheSecondTime(TestProsody prosody) {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("move.trasloco"), 3, 40, 20);
                Password password = Password.of(anna.password())) {
            MoveChoices choices = MoveChoices.of(workspace);
            choices.zone(HistoryFixture.ZONE);
            HistoryMove move = move(prosody, anna, choices, password);

            HistoryPreparation prepared = move.prepare(null, List.of(), Locale.ENGLISH);
            assertEquals(UploadPath.IMPORT, prepared.path());
            assertTrue(prepared.importOffered());
            assertEquals(140, prepared.summary().entries());
            assertEquals(RetentionVerdict.Outcome.KEPT, prepared.verdict().outcome());
            assertTrue(prepared.disclosure().format(Locale.ENGLISH).contains("unencrypted"),
                    prepared.disclosure().format(Locale.ENGLISH));
            assertEquals(Optional.empty(), prepared.media());

            HistoryOutcome first = move.start(prepared, false, HistoryListener.NONE).run();
            assertTrue(first.complete(), first.verification().details(Locale.ENGLISH).toString());
            assertEquals(140, first.upload().orElseThrow().sentNow());
            assertEquals(Optional.of(new ArchiveChoice(UploadPath.IMPORT, Locale.ENGLISH)),
                    choices.archive(AccountAddress.parse(anna.jid())));

            HistoryOutcome second = move.start(move.prepare(null, List.of(), Locale.ENGLISH), false,
                    HistoryListener.NONE).run();
            assertEquals(0, second.upload().orElseThrow().sentNow());
            assertEquals(140, second.upload().orElseThrow().alreadyThere());
            assertTrue(move.check(null, Locale.ITALIAN).complete(), "the check rebuilds the same labels");
        }
    }

    @Test
    void aPausedRunWaitsAndACancelledOneResumesWithNothingTwice(TestProsody prosody) throws Exception {
        ArchiveAccount bruno = ArchiveAccount.register(prosody, "bruno");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("move.trasloco"), 2, 600, 0);
                Password password = Password.of(bruno.password())) {
            MoveChoices choices = MoveChoices.of(workspace);
            choices.zone(HistoryFixture.ZONE);
            HistoryMove move = move(prosody, bruno, choices, password);
            HistoryPreparation prepared = move.prepare(UploadPath.NOTES, List.of(), Locale.ENGLISH);
            CountDownLatch sending = new CountDownLatch(1);
            CountDownLatch paused = new CountDownLatch(1);
            HistoryRun run = move.start(prepared, false, progress -> {
                if (progress.state() == UploadProgress.State.SENDING && progress.done() > 0) {
                    sending.countDown();
                }
                if (progress.state() == UploadProgress.State.PAUSED) {
                    paused.countDown();
                }
            });
            CompletableFuture<HistoryOutcome> running = CompletableFuture.supplyAsync(run::run);
            assertTrue(sending.await(60, TimeUnit.SECONDS), "the run sends");
            run.pause();
            assertTrue(paused.await(60, TimeUnit.SECONDS), "the run says it paused");
            long whilePaused = workspace.uploadLedger(bruno.jid()).counts().sent();
            assertFalse(running.isDone());
            run.cancel();
            TraslocoException cancelled = assertThrows(TraslocoException.class, () -> {
                try {
                    running.join();
                } catch (java.util.concurrent.CompletionException e) {
                    throw e.getCause();
                }
            });
            assertEquals(TraslocoException.Kind.CANCELLED, cancelled.kind());
            UploadLedger.Counts atCancel = workspace.uploadLedger(bruno.jid()).counts();
            assertEquals(whilePaused, atCancel.sent(), "nothing was sent while paused");
            assertTrue(atCancel.acknowledged() < 1200, "cancelled before the end: " + atCancel);

            HistoryOutcome resumed = move.start(move.prepare(UploadPath.NOTES, List.of(), Locale.ENGLISH), false,
                    HistoryListener.NONE).run();
            assertTrue(resumed.complete(), resumed.verification().details(Locale.ENGLISH).toString());
            assertEquals(1200, resumed.verification().confirmed());
        }
    }

    @Test
    void aNameThatIsNobodyInTheChatsIsExplained(TestProsody prosody) {
        ArchiveAccount carla = ArchiveAccount.register(prosody, "carla");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("move.trasloco"), 1, 5, 0);
                Password password = Password.of(carla.password())) {
            MoveChoices choices = MoveChoices.of(workspace);
            HistoryMove move = new HistoryMove(choices, access(prosody, carla, password), Set.of("nobody"),
                    ProviderCatalogue.bundled());
            TraslocoException unknownMe = assertThrows(TraslocoException.class,
                    () -> move.prepare(null, List.of(), Locale.ENGLISH));
            assertEquals(TraslocoException.Kind.USAGE, unknownMe.kind());
            assertTrue(unknownMe.message(Locale.ENGLISH).contains("Nobody called nobody"), unknownMe.getMessage());
        }
    }

    private static HistoryMove move(TestProsody prosody, ArchiveAccount account, MoveChoices choices, Password password) {
        return new HistoryMove(choices, access(prosody, account, password), Set.of(HistoryFixture.ME),
                ProviderCatalogue.bundled());
    }

    private static AccountAccess access(TestProsody prosody, ArchiveAccount account, Password password) {
        AccountAddress address = AccountAddress.parse(account.jid());
        return new AccountAccess(new ChosenAccount(address, prosody.address()), password, Locale.ENGLISH);
    }
}
