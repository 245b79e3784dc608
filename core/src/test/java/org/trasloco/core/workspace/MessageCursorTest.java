package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.ids.MessageIdGenerator;

class MessageCursorTest {

    @TempDir
    Path dir;

    @Test
    void twoConversationsCanBeReadSideBySideInTimeOrderWithTheirAttachments() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importChat(workspace, "Ada", List.of("one", "two", "three"));
            importChat(workspace, "Bea", List.of("uno", "due"));
            List<String> interleaved = new ArrayList<>();
            try (MessageCursor ada = workspace.openMessages(Network.WHATSAPP, "Ada");
                    MessageCursor bea = workspace.openMessages(Network.WHATSAPP, "Bea")) {
                while (ada.hasNext() || bea.hasNext()) {
                    if (ada.hasNext()) {
                        interleaved.add(text(ada.next()));
                    }
                    if (bea.hasNext()) {
                        interleaved.add(text(bea.next()));
                    }
                }
                assertThrows(NoSuchElementException.class, ada::next);
            }
            assertEquals(List.of("one+2", "uno+2", "two", "due", "three"), interleaved);
        }
    }

    @Test
    void aClosedCursorHasNothingMore() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importChat(workspace, "Ada", List.of("one"));
            MessageCursor cursor = workspace.openMessages(Network.WHATSAPP, "Ada");
            cursor.close();
            assertFalse(cursor.hasNext());
            assertFalse(workspace.openMessages(Network.WHATSAPP, "nobody").hasNext());
        }
    }

    /** The first message of each chat carries two pictures, to see attachments grouped with their message. */
    private static void importChat(Workspace workspace, String name, List<String> texts) {
        Conversation chat = new Conversation(Network.WHATSAPP, name, name, ConversationKind.DIRECT);
        MessageIdGenerator ids = new MessageIdGenerator(Network.WHATSAPP, name);
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, name + ".txt")) {
            importing.beginConversation(chat);
            for (int i = 0; i < texts.size(); i++) {
                LocalDateTime time = LocalDateTime.of(2020, 1, 1, 10, 0).plusMinutes(i);
                Message.Builder message = Message.builder().id(ids.next(time, name, texts.get(i))).conversationKey(name)
                        .sequence(i).timestamp(time).author(name).text(texts.get(i));
                if (i == 0) {
                    message.attachment(new Attachment("a.jpg", "image/jpeg", false, null))
                            .attachment(new Attachment("b.jpg", "image/jpeg", false, null));
                }
                importing.message(message.build());
            }
            importing.endConversation(chat, List.of());
            importing.commit();
        }
    }

    private static String text(Message message) {
        return message.text() + (message.attachments().isEmpty() ? "" : "+" + message.attachments().size());
    }
}
