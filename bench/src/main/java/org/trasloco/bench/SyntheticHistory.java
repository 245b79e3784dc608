package org.trasloco.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.ids.MessageIdGenerator;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;

/**
 * A generated history for the archive benchmark: the user {@link #ME} in {@code chats} WhatsApp
 * direct chats over several years, messages of everyday lengths (a few long ones, some with
 * characters XML escapes), the chats interleaved in time as real ones are.
 */
final class SyntheticHistory {

    /** The user's name in the generated chats. */
    static final String ME = "Io";

    private static final String[] WORDS = {"ciao", "domani", "alle", "otto", "va", "bene", "sì", "no", "grazie",
        "dove", "sei", "arrivo", "tra", "dieci", "minuti", "perfetto", "cena", "stasera", "foto", "bellissima",
        "compleanno", "auguri", "treno", "ritardo", "<3", "&", "\"ok\"", "già", "più", "perché", "città", "😀", "🎉"};
    private static final LocalDateTime START = LocalDateTime.of(2015, 1, 1, 8, 0);

    private final int messages;
    private final int chats;
    private final Random random;

    /**
     * A history.
     *
     * @param messages how many messages in all
     * @param chats how many direct chats they are spread over
     * @param seed the random seed: the same seed writes the same history
     */
    SyntheticHistory(int messages, int chats, long seed) {
        if (messages < 1 || chats < 1) {
            throw new IllegalArgumentException("messages and chats must be positive");
        }
        this.messages = messages;
        this.chats = chats;
        this.random = new Random(seed);
    }

    /**
     * Imports the history into a workspace.
     *
     * @param workspace an empty workspace
     * @return the bytes of text written
     */
    long importInto(Workspace workspace) {
        long bytes = 0;
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "synthetic")) {
            for (int chat = 0; chat < chats; chat++) {
                String friend = "Amico " + (chat + 1);
                Conversation conversation = new Conversation(Network.WHATSAPP, friend, friend, ConversationKind.DIRECT);
                importing.beginConversation(conversation);
                MessageIdGenerator ids = new MessageIdGenerator(Network.WHATSAPP, friend);
                int count = messages / chats + (chat < messages % chats ? 1 : 0);
                // Every chat spans the same years, so their messages interleave.
                long minutesApart = Math.max(1, 5L * 365 * 24 * 60 / Math.max(1, count));
                LocalDateTime time = START.plusMinutes(chat);
                int mine = 0;
                for (int n = 0; n < count; n++) {
                    time = time.plusMinutes(1 + random.nextLong(2 * minutesApart));
                    boolean fromMe = random.nextBoolean();
                    mine += fromMe ? 1 : 0;
                    String author = fromMe ? ME : friend;
                    String text = text();
                    bytes += text.length();
                    importing.message(Message.builder().id(ids.next(time, author, text)).conversationKey(friend)
                            .sequence(n).timestamp(time).author(author).text(text).build());
                }
                List<Participant> participants = new ArrayList<>();
                participants.add(new Participant(ME, null, null, true, mine));
                participants.add(new Participant(friend, null, null, true, count - mine));
                importing.endConversation(conversation, participants);
            }
            importing.commit();
        }
        return bytes;
    }

    /** One message: mostly a few words, one in twenty a paragraph. */
    private String text() {
        int words = random.nextInt(20) == 0 ? 40 + random.nextInt(80) : 1 + random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(w % 15 == 14 ? "\n" : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
