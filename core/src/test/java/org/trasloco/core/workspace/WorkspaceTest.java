package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.history.TextSpan;
import org.trasloco.core.ids.MessageIdGenerator;

class WorkspaceTest {

    private static final Conversation FAMILY =
            new Conversation(Network.WHATSAPP, "Family", "Family", ConversationKind.GROUP);

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceAndItsJournalArePrivateToTheUser() throws Exception {
        Path file = dir.resolve("move.trasloco");
        try (Workspace workspace = Workspace.open(file)) {
            assertTrue(workspace.createdNow());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "chat.txt")) {
                importing.beginConversation(FAMILY);
                importing.message(message("Ada", "ciao", 0));
                importing.endConversation(FAMILY, List.of());
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path each : files.toList()) {
                        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(each)),
                                each.toString());
                    }
                }
                importing.commit();
            }
        }
        try (Workspace reopened = Workspace.open(file)) {
            assertFalse(reopened.createdNow());
            assertEquals(1, reopened.messageCount());
        }
    }

    @Test
    void theLanguageOfAnExportIsKeptWithItsConversationAndALaterExportReplacesIt() {
        Conversation nonna = new Conversation(Network.WHATSAPP, "Nonna", "Nonna", ConversationKind.DIRECT);
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "family.txt")) {
                importing.beginConversation(FAMILY);
                importing.message(message("Ada", "ciao", 0));
                importing.exportLanguage(FAMILY, Locale.ITALIAN);
                importing.endConversation(FAMILY, List.of());
                importing.beginConversation(nonna);
                importing.message(message("Nonna", "ciao", 1));
                importing.endConversation(nonna, List.of());
                importing.commit();
            }
            assertEquals(java.util.Map.of("Family", Locale.ITALIAN), workspace.exportLanguages(Network.WHATSAPP),
                    "a conversation whose export did not tell has no language");
            assertEquals(java.util.Map.of(), workspace.exportLanguages(Network.TELEGRAM));
            try (SourceImport again = workspace.beginImport(Network.WHATSAPP, "family-en.txt")) {
                again.beginConversation(FAMILY);
                again.exportLanguage(FAMILY, Locale.ENGLISH);
                again.endConversation(FAMILY, List.of());
                again.commit();
            }
            assertEquals(Locale.ENGLISH, workspace.exportLanguages(Network.WHATSAPP).get("Family"));
        }
    }

    @Test
    void anImportClosedWithoutCommitKeepsNoLanguage() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "family.txt")) {
                importing.beginConversation(FAMILY);
                importing.exportLanguage(FAMILY, Locale.ITALIAN);
                importing.endConversation(FAMILY, List.of());
            }
            assertEquals(java.util.Map.of(), workspace.exportLanguages(Network.WHATSAPP));
        }
    }

    @Test
    void anExistingWorkspaceWithLoosePermissionsIsMadePrivate() throws Exception {
        Path file = dir.resolve("loose.trasloco");
        Workspace.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Workspace.open(file).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anImportClosedWithoutCommitLeavesNothingBehind() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "bad.txt")) {
                importing.beginConversation(FAMILY);
                for (int i = 0; i < 5_000; i++) {
                    importing.message(message("Ada", "line " + i, i));
                }
            }
            assertEquals(0, workspace.messageCount());
            assertEquals(List.of(), workspace.conversations());
            // The workspace is usable afterwards.
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "good.txt")) {
                importing.beginConversation(FAMILY);
                importing.message(message("Ada", "ok", 0));
                importing.endConversation(FAMILY, List.of());
                importing.commit();
            }
            assertEquals(1, workspace.messageCount());
        }
    }

    @Test
    void reimportingAnOverlappingExportAddsOnlyNewMessages() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            ImportReport first = importFamily(workspace, List.of("one", "two", "three"));
            assertEquals(3, first.messagesAdded());
            ImportReport again = importFamily(workspace, List.of("one", "two", "three"));
            assertEquals(3, again.messagesRead());
            assertEquals(0, again.messagesAdded());
            ImportReport later = importFamily(workspace, List.of("one", "two", "three", "four", "five"));
            assertEquals(2, later.messagesAdded());
            assertEquals(List.of(new ImportReport.ConversationResult("Family", "Family", 5, 2)), later.conversations());
            assertEquals(5, workspace.messageCount());
        }
    }

    @Test
    void messagesComeBackAsTheyWentIn() {
        Message full = Message.builder()
                .id("0123456789abcdef0123456789abcdef").conversationKey("Family").sequence(7)
                .timestamp(LocalDateTime.of(2024, 2, 3, 18, 20, 5)).instant(Instant.parse("2024-02-03T17:20:05Z"))
                .author("Ada").authorId("user42").kind(MessageKind.MESSAGE).text("see https://x.org\nbye")
                .attachment(new Attachment("IMG-1.jpg", "image/jpeg", true, "IMG-1.jpg"))
                .attachment(new Attachment("doc.pdf", "application/pdf", false, null))
                .edited(true).platformId("99").replyTo("98").forwardedFrom("Bob").approximateTime(true)
                .span(new TextSpan(TextSpan.Kind.LINK, 4, 17, null)).sourceLine(12).build();
        Message system = Message.builder().id("fedcba9876543210fedcba9876543210").conversationKey("Family")
                .sequence(8).timestamp(LocalDateTime.of(2024, 2, 3, 18, 21)).kind(MessageKind.SYSTEM)
                .text("Ada added Bob").build();
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "chat.zip")) {
                importing.beginConversation(FAMILY);
                importing.message(full);
                importing.message(system);
                importing.endConversation(FAMILY, List.of(new Participant("Ada", "user42", null, true, 1)));
                importing.commit();
            }
            List<Message> back = new ArrayList<>();
            workspace.forEachMessage(Network.WHATSAPP, "Family", back::add);
            assertEquals(List.of(full, system), back);
            ConversationSummary summary = workspace.conversations().get(0);
            assertEquals(new ConversationSummary(Network.WHATSAPP, "Family", "Family", ConversationKind.GROUP, 2, 1, 0,
                    LocalDateTime.of(2024, 2, 3, 18, 20, 5), LocalDateTime.of(2024, 2, 3, 18, 21), 1), summary);
            assertEquals(List.of(new Participant("Ada", "user42", null, true, 1)),
                    workspace.participants(Network.WHATSAPP, "Family"));
        }
    }

    @Test
    void aLaterExportWithMediaAddsTheFilesToKnownMessages() {
        MessageIdGenerator ids = new MessageIdGenerator(Network.WHATSAPP, "Family");
        LocalDateTime time = LocalDateTime.of(2024, 2, 3, 18, 20);
        String id = ids.next(time, "Ada", "");
        Message omitted = Message.builder().id(id).conversationKey("Family").timestamp(time).author("Ada")
                .mediaOmitted(true).build();
        Message withFile = Message.builder().id(id).conversationKey("Family").timestamp(time).author("Ada")
                .attachment(new Attachment("IMG-1.jpg", "image/jpeg", true, "IMG-1.jpg")).build();
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            for (Message each : List.of(omitted, withFile)) {
                try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "chat")) {
                    importing.beginConversation(FAMILY);
                    importing.message(each);
                    importing.endConversation(FAMILY, List.of());
                    importing.commit();
                }
            }
            List<Message> back = new ArrayList<>();
            workspace.forEachMessage(Network.WHATSAPP, "Family", back::add);
            assertEquals(1, back.size());
            assertFalse(back.get(0).mediaOmitted());
            assertEquals(withFile.attachments(), back.get(0).attachments());
        }
    }

    @Test
    void aConversationOnceKnownAsAGroupStaysAGroup() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importFamily(workspace, List.of("a"));
            Conversation direct = FAMILY.withKind(ConversationKind.DIRECT);
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "short")) {
                importing.beginConversation(direct);
                importing.endConversation(direct, List.of());
                importing.commit();
            }
            assertEquals(ConversationKind.GROUP, workspace.conversations().get(0).kind());
        }
    }

    @Test
    void refusesAFileThatIsNotAWorkspace() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "shopping list: bread, milk, and a lot more text than a database header has");
        TraslocoException error = assertThrows(TraslocoException.class, () -> Workspace.open(notes));
        assertEquals(CoreMessages.WORKSPACE_NOT_OURS, error.text().key());
        assertTrue(error.message(Locale.ENGLISH).contains("notes.txt"));

        Path otherDatabase = dir.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + otherDatabase);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipes (name TEXT)");
        }
        assertEquals(CoreMessages.WORKSPACE_NOT_OURS,
                assertThrows(TraslocoException.class, () -> Workspace.open(otherDatabase)).text().key());
    }

    @Test
    void refusesAWorkspaceFromANewerVersion() throws Exception {
        Path file = dir.resolve("new.trasloco");
        Workspace.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        TraslocoException error = assertThrows(TraslocoException.class, () -> Workspace.open(file));
        assertEquals(CoreMessages.WORKSPACE_TOO_NEW, error.text().key());
    }

    @Test
    void aLargeImportKeepsTheOrderAndTheFilesOfEveryMessage() {
        Conversation friends = new Conversation(Network.WHATSAPP, "Friends", "Friends", ConversationKind.GROUP);
        List<Message> family = new ArrayList<>();
        List<Message> others = new ArrayList<>();
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "chats")) {
                assertFalse(workspace.checksReferences());
                importing.beginConversation(FAMILY);
                // Not a multiple of any batch size; files on some messages, among them the very last.
                for (int i = 0; i < 1_001; i++) {
                    family.add(messageWithFiles("Family", i, i % 97 == 0 || i == 1_000));
                    importing.message(family.get(i));
                }
                importing.endConversation(FAMILY, List.of());
                importing.beginConversation(friends);
                for (int i = 0; i < 70; i++) {
                    others.add(messageWithFiles("Friends", i, i % 3 == 0));
                    importing.message(others.get(i));
                }
                importing.endConversation(friends, List.of());
                assertEquals(1_071, importing.commit().messagesAdded());
            }
            assertTrue(workspace.checksReferences());
            List<Message> back = new ArrayList<>();
            workspace.forEachMessage(Network.WHATSAPP, "Family", back::add);
            assertEquals(family, back);
            back.clear();
            workspace.forEachMessage(Network.WHATSAPP, "Friends", back::add);
            assertEquals(others, back);
            try (SourceImport abandoned = workspace.beginImport(Network.WHATSAPP, "other")) {
                abandoned.beginConversation(FAMILY);
            }
            assertTrue(workspace.checksReferences());
        }
    }

    @Test
    void remembersNamedValues() {
        Path file = dir.resolve("w.trasloco");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.setProperty("wizard.step", "review");
            workspace.setProperty("wizard.step", "people");
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals("people", workspace.property("wizard.step").orElseThrow());
            assertTrue(workspace.property("missing").isEmpty());
            assertEquals(SchemaMigrator.latestVersion(), workspace.schemaVersion());
        }
    }

    @Test
    void listsTheExportsImportedWithWhatEachAddedAndNotThoseRolledBack() {
        Path file = dir.resolve("w.trasloco");
        Instant before = Instant.now();
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(List.of(), workspace.sources());
            ImportReport first = importFamily(workspace, List.of("one", "two"));
            try (SourceImport abandoned = workspace.beginImport(Network.TELEGRAM, "/exports/result.json")) {
                abandoned.beginConversation(FAMILY);
            }
            ImportReport again = importFamily(workspace, List.of("one", "two", "three"));
            List<ImportedSource> sources = workspace.sources();
            assertEquals(List.of(first.sourceId(), again.sourceId()), sources.stream().map(ImportedSource::id).toList());
            ImportedSource later = sources.get(1);
            assertEquals(Network.WHATSAPP, later.network());
            assertEquals("family.txt", later.path());
            assertEquals(3, later.messagesRead());
            assertEquals(1, later.messagesAdded());
            assertFalse(later.importedAt().isBefore(before.minusSeconds(1)), later.importedAt().toString());
        }
        try (Workspace reopened = Workspace.open(file)) {
            assertEquals(2, reopened.sources().size(), "kept in the file");
        }
    }

    private static ImportReport importFamily(Workspace workspace, List<String> texts) {
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "family.txt")) {
            importing.beginConversation(FAMILY);
            for (int i = 0; i < texts.size(); i++) {
                importing.message(message("Ada", texts.get(i), i));
            }
            importing.endConversation(FAMILY, List.of(new Participant("Ada", null, null, true, texts.size())));
            return importing.commit();
        }
    }

    private static Message messageWithFiles(String conversation, int minute, boolean files) {
        LocalDateTime time = LocalDateTime.of(2024, 1, 1, 10, 0).plusMinutes(minute);
        String text = "message " + minute;
        Message.Builder message = Message.builder()
                .id(new MessageIdGenerator(Network.WHATSAPP, conversation).next(time, "Ada", text))
                .conversationKey(conversation).sequence(minute).timestamp(time).author("Ada").text(text);
        if (files) {
            message.attachment(new Attachment("IMG-" + minute + ".jpg", "image/jpeg", true, "IMG-" + minute + ".jpg"))
                    .attachment(new Attachment("VID-" + minute + ".mp4", "video/mp4", false, null));
        }
        return message.build();
    }

    private static Message message(String author, String text, int minute) {
        LocalDateTime time = LocalDateTime.of(2024, 1, 1, 10, 0).plusMinutes(minute);
        return Message.builder()
                .id(new MessageIdGenerator(Network.WHATSAPP, "Family").next(time, author, text))
                .conversationKey("Family").sequence(minute).timestamp(time).author(author).text(text).build();
    }
}
