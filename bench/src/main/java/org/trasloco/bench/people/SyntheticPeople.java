package org.trasloco.bench.people;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A generated history and phone book for the people benchmark: {@code participants} people in
 * WhatsApp group chats (a third of them shown as bare numbers, as non-contacts are) plus the user,
 * who is in every chat; and an iPhone-style vCard file of {@code contacts} cards of which four in
 * five of the first {@code participants} describe someone in the chats (by number, written
 * nationally, or by name) and the rest nobody.
 */
final class SyntheticPeople {

    private static final String[] FIRST = {"Anna", "Marco", "Giulia", "Luca", "Sara", "Paolo", "Chiara", "Matteo",
        "Elena", "Davide", "Francesca", "Simone", "Laura", "Andrea", "Marta", "Stefano", "Ada", "Jess", "Piotr", "Dicle",
        "José", "Zoë", "Mamadou", "Aiko", "Olga", "Hugo", "Ines", "Tariq", "Nora", "Yusuf"};
    private static final String[] LAST = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
        "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo",
        "Lombardi", "Moretti", "Nowak", "Moreau", "Yılmaz", "Müller", "García", "Silva", "Sato", "Ivanova", "Diallo",
        "Haddad", "Okafor", "Novak", "Kowalski", "Lindqvist"};
    private static final int CHATS = 60;

    private final int participants;
    private final int contacts;
    private final Random random;

    SyntheticPeople(int participants, int contacts, long seed) {
        this.participants = participants;
        this.contacts = contacts;
        this.random = new Random(seed);
    }

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length]
                + (i >= FIRST.length * LAST.length ? " " + (i / (FIRST.length * LAST.length) + 1) : "");
    }

    /** The mobile number of person {@code i}, written nationally ({@code 3xx xxx xxxx}). */
    private static String mobile(int i) {
        String digits = String.format("3%02d%07d", 20 + i % 80, 1_000_000 + i * 7919 % 9_000_000);
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /** Imports the history into {@code workspace}; returns how many participant rows it has. */
    int importHistory(Workspace workspace) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int chat = 0; chat < CHATS; chat++) {
            members.put(chat, new ArrayList<>(List.of(-1)));
        }
        for (int person = 0; person < participants; person++) {
            members.get(person % CHATS).add(person);
            if (person % 4 == 0) {
                members.get((person * 7 + 3) % CHATS).add(person);
            }
        }
        int rows = 0;
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "synthetic")) {
            for (Map.Entry<Integer, List<Integer>> chat : members.entrySet()) {
                String key = "Group " + (chat.getKey() + 1);
                Conversation conversation = new Conversation(Network.WHATSAPP, key, key, ConversationKind.GROUP);
                importing.beginConversation(conversation);
                MessageIdGenerator ids = new MessageIdGenerator(Network.WHATSAPP, key);
                LocalDateTime time = LocalDateTime.of(2024, 1, 1, 9, 0);
                List<Participant> written = new ArrayList<>();
                long sequence = 0;
                for (int person : chat.getValue()) {
                    String author = person < 0 ? "Io" : person % 3 == 0 ? "+39 " + mobile(person) : name(person);
                    int count = 1 + random.nextInt(3);
                    for (int m = 0; m < count; m++) {
                        time = time.plusMinutes(1 + random.nextInt(30));
                        String text = "message " + m;
                        importing.message(Message.builder().id(ids.next(time, author, text)).conversationKey(key)
                                .sequence(sequence++).timestamp(time).author(author).text(text).build());
                    }
                    String phone = person >= 0 && person % 3 == 0 ? "+39" + mobile(person).replace(" ", "") : null;
                    written.add(new Participant(author, null, phone, phone == null, count));
                }
                importing.endConversation(conversation, written);
                rows += written.size();
            }
            importing.commit();
        }
        return rows;
    }

    /** Writes the phone book as an iPhone export (vCard 3.0). */
    void writePhoneBook(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int card = 0; card < contacts; card++) {
                boolean known = card < participants && card % 5 != 4;
                String name = known ? name(card) : "Contatto " + card + " " + LAST[card % LAST.length];
                String number = known ? mobile(card) : "+39 3" + (10 + random.nextInt(90)) + " " + (1_000_000 + random.nextInt(8_999_999));
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n");
                out.write("N:" + name + ";;;;\r\nFN:" + name + "\r\n");
                out.write("TEL;type=CELL;type=VOICE;type=pref:" + number + "\r\n");
                if (card % 3 == 1) {
                    out.write("TEL;type=HOME;type=VOICE:06 " + (1_000_000 + random.nextInt(8_999_999)) + "\r\n");
                }
                out.write("END:VCARD\r\n");
            }
        }
    }
}
