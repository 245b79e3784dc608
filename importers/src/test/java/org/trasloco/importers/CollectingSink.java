package org.trasloco.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;

/** Keeps everything a reader emits, for assertions. */
public final class CollectingSink implements HistorySink {

    public final List<Conversation> begun = new ArrayList<>();
    public final List<Conversation> ended = new ArrayList<>();
    public final List<Message> messages = new ArrayList<>();
    public final List<ImportWarning> warnings = new ArrayList<>();
    public final List<Participant> participants = new ArrayList<>();
    /** The languages the exports told, in order. */
    public final List<Locale> languages = new ArrayList<>();

    @Override
    public void beginConversation(Conversation conversation) {
        begun.add(conversation);
    }

    @Override
    public void message(Message message) {
        messages.add(message);
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings.add(warning);
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> list) {
        ended.add(conversation);
        participants.addAll(list);
    }

    @Override
    public void exportLanguage(Conversation conversation, Locale language) {
        languages.add(language);
    }
}
