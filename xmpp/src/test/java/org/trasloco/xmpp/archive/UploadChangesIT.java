package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.ids.MessageIdGenerator;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.people.Correspondent;
import org.trasloco.xmpp.archive.people.Correspondents;
import org.trasloco.xmpp.archive.people.PlaceholderAddress;
import org.trasloco.xmpp.archive.people.PlaceholderCorrespondents;
import org.trasloco.xmpp.archive.plan.EntryMaker;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.archive.protocol.ChangeResultProvider;
import org.trasloco.xmpp.archive.protocol.ReaddressRequest;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * A history uploaded once and changed afterwards, as a move goes: Carla, invited, joins with her
 * own address, and the photo she sent, not at hand the first time, is uploaded later. The next
 * upload moves exactly her messages from their placeholder to her address and gives the photo's
 * message its link, in place, records it all, and the read-back confirms every message; the upload
 * after that changes nothing. On the notes path the photo's note gets a correction instead.
 */
class UploadChangesIT {

    private static final String CARLA = "Carla Neri";
    private static final String PHOTO = "https://upload.localhost/K2x9/IMG-20160301-WA0001.jpg";

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGlobal("archive_import_rate = 0"));

    @TempDir
    Path dir;

    @Test
    void carlasHistoryFollowsHerAndHerPhotoArrivesLater(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        String carla = "carla@" + prosody.domain();
        try (Workspace workspace = history(dir.resolve("w.trasloco"))) {
            UploadReport first = upload(anna, workspace, plan(workspace, anna, null, false), UploadPath.IMPORT);
            assertEquals(6, first.sentNow());

            HistoryPlan now = plan(workspace, anna, carla, true);
            UploadReport second = upload(anna, workspace, now, UploadPath.IMPORT);
            assertEquals(0, second.sentNow());
            assertEquals(new UploadReport.Changes(2, 1, 0), second.changes(),
                    "two of Carla's messages moved, the photo's message stored anew with its link and her address");
            verified(anna, now);
            try (XmppSession session = anna.open()) {
                assertEquals(3, read(session, carla).size());
                assertEquals(0, read(session, PlaceholderAddress.of(Network.WHATSAPP, CARLA)).size());
                List<ArchivedItem> bruno = read(session, PlaceholderAddress.of(Network.WHATSAPP, "Bruno"));
                assertEquals(3, bruno.size(), "Bruno's chat is untouched");
                ArchivedItem photo = read(session, carla).get(1);
                assertEquals(List.of(PHOTO), photo.links());
            }

            UploadReport third = upload(anna, workspace, now, UploadPath.IMPORT);
            assertEquals(UploadReport.Changes.NONE, third.changes(), "the ledger knows the changes were made");
        }
    }

    @Test
    void aChangeMadeButNotRecordedIsFinishedByTheNextUpload(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        String carla = "carla@" + prosody.domain();
        try (Workspace workspace = history(dir.resolve("w.trasloco"))) {
            upload(anna, workspace, plan(workspace, anna, null, false), UploadPath.IMPORT);
            // The previous run re-addressed one message and was killed before writing its ledger.
            HistoryPlan now = plan(workspace, anna, carla, false);
            List<String> carlas = new ArrayList<>();
            try (HistoryPlan.Entries entries = now.open()) {
                entries.forEachRemaining(entry -> {
                    if (entry.with(anna.jid()).equals(carla)) {
                        carlas.add(entry.id());
                    }
                });
            }
            ChangeResultProvider.ensureRegistered();
            try (XmppSession session = anna.open()) {
                session.request(new ReaddressRequest(PlaceholderAddress.of(Network.WHATSAPP, CARLA), carla,
                        List.of(carlas.get(0))), ArchiveMessages.STEP_IMPORT);
            }

            UploadReport resumed = upload(anna, workspace, now, UploadPath.IMPORT);
            assertEquals(new UploadReport.Changes(3, 0, 0), resumed.changes(), "the server answers 'unchanged' for one");
            verified(anna, now);
        }
    }

    @Test
    void onTheNotesPathThePhotosNoteGetsACorrection(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        try (Workspace workspace = history(dir.resolve("w.trasloco"))) {
            upload(anna, workspace, plan(workspace, anna, null, false, true), UploadPath.NOTES);
            HistoryPlan now = plan(workspace, anna, null, true, true);
            UploadReport second = upload(anna, workspace, now, UploadPath.NOTES);
            assertEquals(new UploadReport.Changes(0, 1, 0), second.changes());
            verified(anna, now);
            try (XmppSession session = anna.open()) {
                long corrections = read(session, anna.jid()).stream().filter(item -> item.replaces() != null).count();
                assertTrue(corrections >= 1, "the correction is in the archive");
            }
            UploadReport third = upload(anna, workspace, now, UploadPath.NOTES);
            assertEquals(UploadReport.Changes.NONE, third.changes(), "corrected once");
        }
    }

    private static void verified(ArchiveAccount account, HistoryPlan plan) {
        try (XmppSession session = account.open()) {
            VerificationReport report = new ArchiveVerifier(session).verify(plan, plan.summarize(), null);
            assertTrue(report.complete(), () -> String.join("\n", report.details(Locale.ENGLISH)));
        }
    }

    private static List<ArchivedItem> read(XmppSession session, String with) {
        List<ArchivedItem> items = new ArrayList<>();
        new ArchiveReader(session).read(with, null, items::add);
        return items;
    }

    private static UploadReport upload(ArchiveAccount account, Workspace workspace, HistoryPlan plan, UploadPath path) {
        return new HistoryUploader(account::open, workspace.uploadLedger(account.jid()), plan, plan.summarize(),
                UploadSettings.of(path), new UploadControl(), UploadListener.NONE).run();
    }

    private static HistoryPlan plan(Workspace workspace, ArchiveAccount account, String carla, boolean photo) {
        return plan(workspace, account, carla, photo, false);
    }

    /** The plan with Carla's address when known, and the photo's link once uploaded. */
    private static HistoryPlan plan(Workspace workspace, ArchiveAccount account, String carla, boolean photo,
            boolean notes) {
        PlaceholderCorrespondents placeholders = new PlaceholderCorrespondents(Set.of(HistoryFixture.ME));
        Correspondents people = (network, key, name) -> carla != null && name.equals(CARLA)
                ? new Correspondent.Known(carla) : placeholders.resolve(network, key, name);
        MediaLinks links = (messageId, position) -> photo ? Optional.of(PHOTO) : Optional.empty();
        EntryMaker maker = new EntryMaker(account.jid(), people, Locale.ENGLISH, notes, links);
        return new HistoryPlan(workspace, workspace.conversations(), HistoryFixture.ZONE, maker);
    }

    /** Two direct chats of three messages; Carla's second message is a photo. */
    private static Workspace history(Path file) {
        Workspace workspace = Workspace.open(file);
        chat(workspace, CARLA, 0);
        chat(workspace, "Bruno", 1);
        return workspace;
    }

    private static void chat(Workspace workspace, String friend, int index) {
        Conversation chat = new Conversation(Network.WHATSAPP, friend, friend, ConversationKind.DIRECT);
        MessageIdGenerator ids = new MessageIdGenerator(chat.network(), chat.key());
        List<String> authors = List.of(HistoryFixture.ME, friend, HistoryFixture.ME);
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, friend + ".txt")) {
            importing.beginConversation(chat);
            for (int n = 0; n < authors.size(); n++) {
                LocalDateTime time = HistoryFixture.START.plusMinutes(n * 3L + index);
                boolean photo = index == 0 && n == 1;
                String text = photo ? "" : "message " + n + " with " + friend;
                Message.Builder message = Message.builder().id(ids.next(time, authors.get(n), text))
                        .conversationKey(chat.key()).sequence(n).timestamp(time).author(authors.get(n)).text(text);
                if (photo) {
                    message.attachment(new Attachment("IMG-20160301-WA0001.jpg", "image/jpeg", true, "IMG-20160301-WA0001.jpg"));
                }
                importing.message(message.build());
            }
            importing.endConversation(chat, List.of(new Participant(HistoryFixture.ME, null, null, true, 0),
                    new Participant(friend, null, null, true, 0)));
            importing.commit();
        }
    }
}
