package org.trasloco.keepsake.conversations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.WallClockConverter;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.MessageCursor;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.keepsake.AtomicOutput;

/**
 * Adds the history to the user's own Conversations (Android) backup, so that it arrives in the
 * phone's app with no server involved: the app restores the new backup like any other.
 *
 * <pre>{@code
 * AppBackupResult result = ConversationsBackup.addHistory(workspace,
 *         AppBackupOptions.of(in, out, locale, MyNames.of(workspace)).withZone(zone),
 *         password, conversation -> addressFromThePeopleStep(conversation), progress, cancellation);
 * }</pre>
 *
 * <p>What it does, following the app's own export and import code (Conversations up to 2.12.8 and
 * the Snikket fork's current code, which carries the format 2 that later Conversations releases
 * write): reads the format 2 header, derives the key from the account's password, decrypts and
 * checks the backup as the app's import would (the account row must match the header and the
 * password), keeps every row of it in its order, adds a conversation for each person the app has no
 * conversation with yet and the messages of each chosen conversation after the app's own (see
 * {@link AppRows} for every value), and encrypts the whole with a fresh IV and salt. Version 1
 * backups (SQL statements, Conversations 2.12.8 and older) and unknown versions are refused with a
 * reason. Group chats are added to only when the app has joined the room: a room the app does not
 * know would be created on the server as it rejoins.
 *
 * <p>The password array is wiped before this method returns. The backup is read twice, one row at a
 * time; the new one is written under a temporary name beside the output and moved into place only
 * after the original's authentication tag has been checked. Files (photos, voice notes) are not in
 * app backups at all: the new messages name them.
 */
public final class ConversationsBackup {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationsBackup() {
    }

    /**
     * Writes the new backup.
     *
     * @param workspace the history
     * @param options the backups, zone, language and selection
     * @param password the account's password, which encrypts its backups; wiped here
     * @param counterparts for each conversation, the person or room it is with in the app, or empty to
     *     leave it out
     * @param progress told how far the two reads have come (bytes of the backup, then messages)
     * @param cancellation asked between rows whether to stop
     * @return what was added
     * @throws TraslocoException of kind {@code BAD_INPUT} when the backup is of another version, does
     *     not open with the password, or is damaged; {@code STORAGE} when the new one cannot be
     *     written; {@code CANCELLED} when cancelled
     */
    public static AppBackupResult addHistory(Workspace workspace, AppBackupOptions options, char[] password,
            Function<ConversationSummary, Optional<AppCounterpart>> counterparts, ProgressListener progress,
            Cancellation cancellation) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(counterparts, "counterparts");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        byte[] keyIn = null;
        byte[] keyOut = null;
        try {
            BackupHeader header = BackupReader.header(options.backup());
            long size = size(options.backup());
            BackupHeader fresh = new BackupHeader(BackupHeader.JSON_VERSION, header.app(), header.account(),
                    options.madeAt().toEpochMilli(), random(12), random(16));
            BackupSurvey survey;
            try {
                keyIn = BackupKey.derive(password, header.salt());
                keyOut = BackupKey.derive(password, fresh.salt());
                survey = BackupSurvey.read(options.backup(), keyIn, password, progress, 2 * size, cancellation);
            } finally {
                Arrays.fill(password, '\0');
            }
            Plan plan = plan(workspace, options, header.account(), survey, counterparts);
            Writing writing = new Writing(workspace, options, header.account(), survey, plan, progress, cancellation, size);
            try (AtomicOutput output = AtomicOutput.file(options.output())) {
                writing.write(keyIn, keyOut, fresh, output.path());
                output.commit();
            }
            return new AppBackupResult(options.output().toAbsolutePath(), header.account(), header.app(),
                    plan.added(), plan.extended(), writing.added, writing.alreadyThere, writing.leftOut, plan.skipped,
                    survey.rows, warning(options, survey, writing.newest));
        } finally {
            Arrays.fill(password, '\0');
            if (keyIn != null) {
                Arrays.fill(keyIn, (byte) 0);
            }
            if (keyOut != null) {
                Arrays.fill(keyOut, (byte) 0);
            }
        }
    }

    /** One conversation of the history and where it goes in the app. */
    private record Target(ConversationSummary summary, AppCounterpart counterpart, String conversationUuid, boolean isNew) {
    }

    /** The conversations that go in, and those left out. */
    private record Plan(List<Target> targets, List<AppBackupResult.Skipped> skipped) {
        int added() {
            return (int) targets.stream().filter(Target::isNew).map(Target::conversationUuid).distinct().count();
        }

        int extended() {
            return (int) targets.stream().filter(t -> !t.isNew()).map(Target::conversationUuid).distinct().count();
        }
    }

    private static Plan plan(Workspace workspace, AppBackupOptions options, String account, BackupSurvey survey,
            Function<ConversationSummary, Optional<AppCounterpart>> counterparts) {
        List<Target> targets = new ArrayList<>();
        List<AppBackupResult.Skipped> skipped = new ArrayList<>();
        Map<String, String> created = new LinkedHashMap<>();
        for (ConversationSummary summary : options.selection().pick(workspace.conversations())) {
            Optional<AppCounterpart> chosen = counterparts.apply(summary);
            LocalizedText reason = null;
            if (summary.kind() == ConversationKind.CHANNEL) {
                reason = LocalizedText.of(BackupText.SKIP_CHANNEL);
            } else if (chosen.isEmpty()) {
                reason = LocalizedText.of(BackupText.SKIP_NO_ADDRESS);
            } else if ((summary.kind() == ConversationKind.GROUP) != (chosen.get() instanceof AppCounterpart.Room)) {
                reason = LocalizedText.of(BackupText.SKIP_KIND_MISMATCH);
            }
            if (reason != null) {
                skipped.add(new AppBackupResult.Skipped(summary.title(), reason));
                continue;
            }
            AppCounterpart counterpart = chosen.get();
            long mode = counterpart instanceof AppCounterpart.Room ? AppRows.MODE_MULTI : AppRows.MODE_SINGLE;
            BackupSurvey.Existing existing = survey.conversations.get(Addresses.key(counterpart.address()));
            if (existing != null && existing.mode() != mode) {
                skipped.add(new AppBackupResult.Skipped(summary.title(),
                        LocalizedText.of(BackupText.SKIP_ADDRESS_TAKEN, counterpart.address())));
            } else if (existing != null) {
                targets.add(new Target(summary, counterpart, existing.uuid(), false));
            } else if (mode == AppRows.MODE_MULTI) {
                skipped.add(new AppBackupResult.Skipped(summary.title(),
                        LocalizedText.of(BackupText.SKIP_ROOM_NOT_IN_APP, counterpart.address())));
            } else {
                // Two chats with one person (WhatsApp and Telegram) become one conversation in the app.
                String uuid = created.computeIfAbsent(Addresses.key(counterpart.address()),
                        address -> AppRows.conversationUuid(account, summary.network().id(), summary.key()));
                targets.add(new Target(summary, counterpart, uuid, true));
            }
        }
        return new Plan(targets, skipped);
    }

    private static LocalizedText warning(AppBackupOptions options, BackupSurvey survey, long newestAdded) {
        if (survey.newestMessage <= 0 || newestAdded <= survey.newestMessage) {
            return null;
        }
        return LocalizedText.of(BackupText.WARN_NEWER_THAN_APP, day(newestAdded, options), day(survey.newestMessage, options));
    }

    private static LocalDate day(long millis, AppBackupOptions options) {
        return Instant.ofEpochMilli(millis).atZone(options.zone()).toLocalDate();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw BackupReader.bad(file, BackupText.UNREADABLE, e, file);
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    /** The second read: the original's rows copied, the new ones put in their places. */
    private static final class Writing {
        private final Workspace workspace;
        private final AppBackupOptions options;
        private final String account;
        private final BackupSurvey survey;
        private final Plan plan;
        private final ProgressListener progress;
        private final Cancellation cancellation;
        private final long size;
        private final long total;
        long added;
        long alreadyThere;
        long leftOut;
        long newest;
        private long messagesDone;

        Writing(Workspace workspace, AppBackupOptions options, String account, BackupSurvey survey, Plan plan,
                ProgressListener progress, Cancellation cancellation, long size) {
            this.workspace = workspace;
            this.options = options;
            this.account = account;
            this.survey = survey;
            this.plan = plan;
            this.progress = progress;
            this.cancellation = cancellation;
            this.size = size;
            this.total = 2 * size + plan.targets().stream().mapToLong(t -> t.summary().messages()).sum();
        }

        void write(byte[] keyIn, byte[] keyOut, BackupHeader fresh, Path temporary) {
            try (BackupReader reader = BackupReader.open(options.backup(), keyIn)) {
                try (BackupWriter writer = new BackupWriter(temporary, fresh, keyOut)) {
                    if (survey.conversationsAfter() < 0) {
                        newConversations(writer);
                    }
                    long index = 0;
                    BackupRow row;
                    while ((row = reader.next()) != null) {
                        writer.write(row);
                        if (index == survey.conversationsAfter()) {
                            newConversations(writer);
                        }
                        if (index == survey.messagesAfter()) {
                            newMessages(writer);
                        }
                        if (index++ % 512 == 0) {
                            cancellation.throwIfCancelled();
                            progress.progress(size + reader.position() + messagesDone, total);
                        }
                    }
                    reader.finish();
                }
            } catch (IOException e) {
                throw AtomicOutput.failed(options.output(), e);
            }
            progress.progress(total, total);
        }

        private void newConversations(BackupWriter writer) throws IOException {
            List<String> written = new ArrayList<>();
            for (Target target : plan.targets()) {
                if (target.isNew() && !written.contains(target.conversationUuid())) {
                    written.add(target.conversationUuid());
                    long created = target.summary().first().atZone(options.zone()).toInstant().toEpochMilli();
                    writer.write(AppRows.conversation(target.conversationUuid(), target.summary().title(), survey.accountUuid,
                            target.counterpart(), created));
                }
            }
        }

        private void newMessages(BackupWriter writer) throws IOException {
            for (Target target : plan.targets()) {
                ConversationSummary summary = target.summary();
                WallClockConverter clock = new WallClockConverter(options.zone());
                try (MessageCursor cursor = workspace.openMessages(summary.network(), summary.key())) {
                    while (cursor.hasNext()) {
                        Message message = cursor.next();
                        Instant at = message.instant() != null ? message.instant() : clock.toInstant(message.timestamp());
                        if (options.selection().isAfter(message.timestamp())) {
                            break;
                        }
                        if (!options.selection().holds(message.timestamp())) {
                            continue;
                        }
                        cancellation.throwIfCancelled();
                        messagesDone++;
                        add(writer, target, message, at.toEpochMilli());
                    }
                }
            }
        }

        private void add(BackupWriter writer, Target target, Message message, long timeSent) throws IOException {
            if (message.kind() != MessageKind.MESSAGE) {
                leftOut++;
                return;
            }
            String body = AppRows.body(message, options.locale());
            if (body.isBlank()) {
                leftOut++;
                return;
            }
            String uuid = AppRows.messageUuid(account, message.id());
            if (survey.addedBefore.contains(uuid)) {
                alreadyThere++;
                return;
            }
            boolean mine = message.author() != null && options.myNames().contains(message.author());
            writer.write(AppRows.message(uuid, target.conversationUuid(), message, body, timeSent, mine, target.counterpart()));
            added++;
            newest = Math.max(newest, timeSent);
        }
    }
}
