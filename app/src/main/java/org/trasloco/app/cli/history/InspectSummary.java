package org.trasloco.app.cli.history;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.importers.DateOrderDecision;

/** Counts what an export holds, conversation by conversation, and prints it for people to read. */
final class InspectSummary implements HistorySink {

    private static final int PEOPLE_SHOWN = 12;
    private static final int WARNINGS_SHOWN = 20;

    private final List<ConversationCounts> conversations = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private long warningCount;
    private ConversationCounts current;

    @Override
    public void beginConversation(Conversation conversation) {
        current = new ConversationCounts(conversation);
        conversations.add(current);
    }

    @Override
    public void message(Message message) {
        current.add(message);
    }

    @Override
    public void warning(ImportWarning warning) {
        warningCount++;
        if (warnings.size() < WARNINGS_SHOWN) {
            warnings.add(warning);
        }
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> participants) {
        current.conversation = conversation;
        current.participants = participants.stream()
                .sorted(Comparator.comparingLong(Participant::messageCount).reversed()).toList();
    }

    void print(PrintWriter out, Locale locale, String source, DateOrderDecision decision, WarningPrinter printer) {
        out.println(Texts.format(locale, HistoryText.SUMMARY_SOURCE, source));
        for (ConversationCounts counts : conversations) {
            counts.print(out, locale);
        }
        if (decision != null) {
            HistoryText text = switch (decision.basis()) {
                case FORCED -> HistoryText.DATE_ORDER_FORCED;
                case YEAR_FIRST -> HistoryText.DATE_ORDER_YEAR_FIRST;
                case FIELD_ABOVE_12 -> HistoryText.DATE_ORDER_FIELD_ABOVE_12;
                case DECREASING_FIELD -> HistoryText.DATE_ORDER_DECREASING_FIELD;
                case MORE_CHANGES -> HistoryText.DATE_ORDER_MORE_CHANGES;
                case AMBIGUOUS -> HistoryText.DATE_ORDER_AMBIGUOUS;
                case CONFLICTING -> HistoryText.DATE_ORDER_CONFLICTING;
            };
            out.println(Texts.format(locale, text, Texts.order(decision.order())));
        }
        if (warningCount > 0) {
            out.println(Texts.format(locale, HistoryText.SUMMARY_WARNINGS, warningCount));
            for (ImportWarning warning : warnings) {
                out.println("    " + printer.format(warning));
            }
            if (warningCount > warnings.size()) {
                out.println(Texts.format(locale, HistoryText.SUMMARY_MORE_WARNINGS, warningCount - warnings.size()));
            }
        }
    }

    /** The numbers of one conversation. */
    private static final class ConversationCounts {
        private Conversation conversation;
        private List<Participant> participants = List.of();
        private long messages;
        private long written;
        private long system;
        private long deleted;
        private long withMedia;
        private long filesPresent;
        private long filesMissing;
        private LocalDateTime first;
        private LocalDateTime last;

        ConversationCounts(Conversation conversation) {
            this.conversation = conversation;
        }

        void add(Message message) {
            messages++;
            switch (message.kind()) {
                case MESSAGE -> written++;
                case SYSTEM -> system++;
                case DELETED -> deleted++;
            }
            if (message.mediaOmitted() || !message.attachments().isEmpty()) {
                withMedia++;
            }
            for (Attachment attachment : message.attachments()) {
                if (attachment.present()) {
                    filesPresent++;
                } else {
                    filesMissing++;
                }
            }
            if (message.mediaOmitted()) {
                filesMissing++;
            }
            if (first == null || message.timestamp().isBefore(first)) {
                first = message.timestamp();
            }
            if (last == null || message.timestamp().isAfter(last)) {
                last = message.timestamp();
            }
        }

        void print(PrintWriter out, Locale locale) {
            out.println(Texts.format(locale, HistoryText.SUMMARY_CONVERSATION, conversation.title(),
                    Texts.network(conversation.network()), Texts.kind(conversation.kind())));
            if (messages == 0) {
                out.println(Texts.format(locale, HistoryText.SUMMARY_EMPTY));
                return;
            }
            out.println(Texts.format(locale, HistoryText.SUMMARY_COUNTS, messages, written, system, deleted));
            if (withMedia > 0) {
                out.println(Texts.format(locale, HistoryText.SUMMARY_MEDIA, withMedia, filesPresent, filesMissing));
            }
            out.println(Texts.format(locale, HistoryText.SUMMARY_RANGE, Texts.date(first, locale), Texts.date(last, locale)));
            out.println(Texts.format(locale, HistoryText.SUMMARY_PEOPLE, participants.size()));
            participants.stream().limit(PEOPLE_SHOWN).forEach(person ->
                    out.println(Texts.format(locale, HistoryText.SUMMARY_PERSON, person.name(), person.messageCount())));
            if (participants.size() > PEOPLE_SHOWN) {
                out.println(Texts.format(locale, HistoryText.SUMMARY_MORE_PEOPLE, participants.size() - PEOPLE_SHOWN));
            }
        }
    }
}
