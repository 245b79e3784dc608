package org.trasloco.xmpp.testing;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.ids.MessageIdGenerator;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.people.PlaceholderCorrespondents;
import org.trasloco.xmpp.archive.plan.EntryMaker;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;

/**
 * A workspace shaped like a real WhatsApp history: the user "Anna Rossi" in direct chats with
 * friends and in one group, years ago, messages interleaved in time across the chats, a system line
 * and a deleted message in each chat (which stay out of the archive), line breaks and characters XML
 * must escape. Times are wall-clock times in UTC, so instants are easy to predict.
 */
public final class HistoryFixture {

    /** The user's name in the exports. */
    public static final String ME = "Anna Rossi";
    /** The zone the fixture's wall-clock times are in. */
    public static final ZoneId ZONE = ZoneOffset.UTC;
    /** When the first message was written. */
    public static final LocalDateTime START = LocalDateTime.of(2016, 3, 1, 9, 0);
    private static final List<String> FRIENDS = List.of("Bruno", "Carla Neri", "+39 333 123 4567", "Dario", "Elena");

    private HistoryFixture() {
    }

    /**
     * Fills a workspace.
     *
     * @param file the workspace file
     * @param chats how many direct chats (at most five)
     * @param perChat messages per direct chat, besides a system line and a deleted message
     * @param groupMessages messages in the group chat "Family" (0 for no group)
     * @return the workspace, open
     */
    public static Workspace create(Path file, int chats, int perChat, int groupMessages) {
        Workspace workspace = Workspace.open(file);
        for (int c = 0; c < chats; c++) {
            String friend = FRIENDS.get(c);
            importChat(workspace, new Conversation(Network.WHATSAPP, friend, friend, ConversationKind.DIRECT),
                    List.of(ME, friend), perChat, c);
        }
        if (groupMessages > 0) {
            importChat(workspace, new Conversation(Network.WHATSAPP, "Family", "Family", ConversationKind.GROUP),
                    List.of(ME, "Mamma", "Papà"), groupMessages, chats);
        }
        return workspace;
    }

    /** A plan of the whole workspace as the import path sends it. */
    public static HistoryPlan plan(Workspace workspace, String owner, boolean notes) {
        EntryMaker maker = new EntryMaker(owner, new PlaceholderCorrespondents(Set.of(ME)), Locale.ENGLISH, notes,
                MediaLinks.NONE);
        return new HistoryPlan(workspace, workspace.conversations(), ZONE, maker);
    }

    /**
     * The n-th message of a chat is written at START + n * (chats + 1) minutes + the chat's index, so
     * the chats interleave: a global time order differs from any one chat's order.
     */
    private static void importChat(Workspace workspace, Conversation chat, List<String> authors, int count, int index) {
        MessageIdGenerator ids = new MessageIdGenerator(chat.network(), chat.key());
        List<Participant> participants = new ArrayList<>();
        authors.forEach(name -> participants.add(new Participant(name, null, null, true, 0)));
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, chat.key() + ".txt")) {
            importing.beginConversation(chat);
            long sequence = 0;
            LocalDateTime first = START.plusMinutes(index);
            importing.message(Message.builder().id(ids.next(first, null, "Messages are end-to-end encrypted."))
                    .conversationKey(chat.key()).sequence(sequence++).timestamp(first).kind(MessageKind.SYSTEM)
                    .text("Messages are end-to-end encrypted.").build());
            for (int n = 0; n < count; n++) {
                LocalDateTime time = START.plusMinutes((long) n * 7 + index);
                String author = authors.get(n % authors.size());
                String text = "message " + n + " in " + chat.title() + (n % 10 == 3 ? " <b>&amp; \"quoted\"\nsecond line" : "");
                importing.message(Message.builder().id(ids.next(time, author, text)).conversationKey(chat.key())
                        .sequence(sequence++).timestamp(time).author(author).text(text).build());
            }
            LocalDateTime last = START.plusMinutes((long) count * 7 + index);
            importing.message(Message.builder().id(ids.next(last, authors.get(1), "This message was deleted"))
                    .conversationKey(chat.key()).sequence(sequence).timestamp(last).author(authors.get(1))
                    .kind(MessageKind.DELETED).text("This message was deleted").build());
            importing.endConversation(chat, participants);
            importing.commit();
        }
    }
}
