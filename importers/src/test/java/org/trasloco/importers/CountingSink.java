package org.trasloco.importers;

import java.util.List;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;

/** Counts what a reader emits and keeps nothing, for memory tests and fuzzing. */
public final class CountingSink implements HistorySink {

    public long conversations;
    public long messages;
    public long warnings;

    @Override
    public void beginConversation(Conversation conversation) {
        conversations++;
    }

    @Override
    public void message(Message message) {
        messages++;
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings++;
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> participants) {
        // Counted at the start.
    }
}
