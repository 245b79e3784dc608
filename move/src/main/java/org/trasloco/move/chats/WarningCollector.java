package org.trasloco.move.chats;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;

/**
 * Passes everything on to the workspace, telling each warning as it comes and keeping the first
 * ones, and the first date (to ask about the day/month order). Runs on the pipeline's writing
 * thread; read its results after the pipeline has finished.
 */
final class WarningCollector implements HistorySink {

    private final HistorySink target;
    private final Consumer<ImportWarning> told;
    private final int kept;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private long warningCount;
    private LocalDateTime firstTimestamp;

    WarningCollector(HistorySink target, Consumer<ImportWarning> told, int kept) {
        this.target = target;
        this.told = told;
        this.kept = kept;
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    long warningCount() {
        return warningCount;
    }

    LocalDateTime firstTimestamp() {
        return firstTimestamp;
    }

    @Override
    public void beginConversation(Conversation conversation) {
        target.beginConversation(conversation);
    }

    @Override
    public void message(Message message) {
        if (firstTimestamp == null) {
            firstTimestamp = message.timestamp();
        }
        target.message(message);
    }

    @Override
    public void warning(ImportWarning warning) {
        warningCount++;
        if (warnings.size() < kept) {
            warnings.add(warning);
        }
        told.accept(warning);
        target.warning(warning);
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> participants) {
        target.endConversation(conversation, participants);
    }

    @Override
    public void phoneBookEntry(PhoneBookEntry entry) {
        target.phoneBookEntry(entry);
    }

    @Override
    public void owner(PhoneBookEntry owner) {
        target.owner(owner);
    }

    @Override
    public void exportLanguage(Conversation conversation, Locale language) {
        target.exportLanguage(conversation, language);
    }
}
