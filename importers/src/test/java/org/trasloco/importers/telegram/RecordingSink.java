package org.trasloco.importers.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;

/** Keeps everything a reader sends, and checks the order of the sink's calls. */
final class RecordingSink implements HistorySink {

    final List<Conversation> begun = new ArrayList<>();
    final List<Conversation> ended = new ArrayList<>();
    final Map<String, List<Participant>> participants = new TreeMap<>();
    final List<Message> messages = new ArrayList<>();
    final List<ImportWarning> warnings = new ArrayList<>();
    final List<PhoneBookEntry> phoneBook = new ArrayList<>();
    final List<PhoneBookEntry> owners = new ArrayList<>();
    private Conversation open;

    @Override
    public void beginConversation(Conversation conversation) {
        if (open != null) {
            throw new AssertionError("conversation " + conversation.key() + " begun inside " + open.key());
        }
        open = conversation;
        begun.add(conversation);
    }

    @Override
    public void message(Message message) {
        if (open == null || !open.key().equals(message.conversationKey())) {
            throw new AssertionError("message outside its conversation: " + message);
        }
        messages.add(message);
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings.add(warning);
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> people) {
        if (open == null || !open.key().equals(conversation.key())) {
            throw new AssertionError("end of a conversation that is not open: " + conversation.key());
        }
        open = null;
        ended.add(conversation);
        participants.put(conversation.key(), people);
    }

    @Override
    public void phoneBookEntry(PhoneBookEntry entry) {
        if (open != null) {
            throw new AssertionError("phone-book entry inside conversation " + open.key());
        }
        phoneBook.add(entry);
    }

    @Override
    public void owner(PhoneBookEntry owner) {
        if (open != null) {
            throw new AssertionError("owner inside conversation " + open.key());
        }
        owners.add(owner);
    }

    /** The messages of one conversation. */
    List<Message> in(String key) {
        return messages.stream().filter(message -> message.conversationKey().equals(key)).toList();
    }

    /** The message with a Telegram id in a conversation. */
    Message message(String key, String platformId) {
        return in(key).stream().filter(message -> platformId.equals(message.platformId())).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + platformId + " in " + key));
    }

    /** The ended conversation with a key. */
    Conversation conversation(String key) {
        return ended.stream().filter(conversation -> conversation.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no conversation " + key + " in " + ended));
    }

    /** The warnings in English, one per line, for assertions and failure messages. */
    String warningTexts() {
        return warnings.stream().map(warning -> warning.file() + ":" + warning.line() + ": "
                + warning.text().format(Locale.ENGLISH)).collect(Collectors.joining("\n"));
    }
}
