package org.trasloco.importers.whatsapp;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.ids.MessageIdGenerator;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.DateOrder;
import org.trasloco.importers.DateOrderDecision;
import org.trasloco.importers.ImporterMessages;
import org.trasloco.importers.MediaTypes;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.io.HandOff;
import org.trasloco.importers.io.InputErrors;

/**
 * Reads one chat text into a sink. The first {@value #LOOKAHEAD_LINES} lines choose the header
 * syntax and, usually, the date order; when they cannot decide the order, the file is scanned further,
 * only until its dates can decide (or to its end), and then read again from the start. Not
 * thread-safe; one per read.
 */
final class ChatParser {

    /** Lines read ahead to choose the syntax and, when decisive, the date order. */
    static final int LOOKAHEAD_LINES = 5_000;

    private static final int REPORT_EVERY_LINES = 2_048;
    private static final int HAND_OFF_BATCH = 256;
    private static final int HAND_OFF_CAPACITY = 4;
    private static final int PREAMBLE_EXCERPT = 80;

    private final ChatSource source;
    private final DateOrder forcedOrder;
    private final HistorySink sink;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private final WhatsAppMarkers markers;
    private final Map<String, Tally> participants = new LinkedHashMap<>();
    private final Set<String> authors = new HashSet<>();
    private final LanguageVote language = new LanguageVote();
    /** The author of the first "You deleted this message": the exporter. */
    private String exporter;
    private long bytesBefore;
    private long bytesTotal;
    private long warnings;
    private HandOff<Object> emissions;

    ChatParser(ChatSource source, DateOrder forcedOrder, HistorySink sink, ProgressListener progress,
            Cancellation cancellation, WhatsAppMarkers markers) {
        this.source = source;
        this.forcedOrder = forcedOrder;
        this.sink = sink;
        this.progress = progress;
        this.cancellation = cancellation;
        this.markers = markers;
        this.bytesTotal = source.textSize();
    }

    ReadResult read() {
        TextInput first = TextInput.open(source);
        try {
            List<String> head = new ArrayList<>();
            SyntaxVote vote = new SyntaxVote();
            String line;
            while (head.size() < LOOKAHEAD_LINES && (line = first.readLine()) != null) {
                head.add(line);
                vote.accept(line);
            }
            boolean wholeFileSeen = head.size() < LOOKAHEAD_LINES;
            HeaderSyntax syntax = vote.winner();
            boolean decided = syntax != null && (forcedOrder != null || vote.evidence(syntax).isDecisive());
            if (!decided && !wholeFileSeen) {
                // The first lines cannot decide: look further, only until the dates can, then read again.
                scanUntilDecisive(first, vote);
                syntax = vote.winner();
                bytesBefore = first.bytesRead();
                bytesTotal = bytesTotal < 0 ? -1 : bytesTotal + bytesBefore;
                first.close();
                requireHeaders(syntax, head);
                try (TextInput second = TextInput.open(source)) {
                    return parse(syntax, decision(vote.evidence(syntax)), new ArrayList<>(), second);
                }
            }
            requireHeaders(syntax, head);
            return parse(syntax, decision(vote.evidence(syntax)), head, first);
        } finally {
            first.close();
        }
    }

    private void requireHeaders(HeaderSyntax syntax, List<String> head) {
        if (syntax == null) {
            if (head.stream().allMatch(String::isBlank)) {
                throw InputErrors.badInput(ImporterMessages.INPUT_EMPTY, source.textLabel());
            }
            throw InputErrors.badInput(ImporterMessages.WHATSAPP_NO_MESSAGE, source.textLabel());
        }
    }

    private DateOrderDecision decision(DateOrderEvidence evidence) {
        return forcedOrder != null ? new DateOrderDecision(forcedOrder, DateOrderDecision.Basis.FORCED)
                : evidence.decide();
    }

    private void scanUntilDecisive(TextInput input, SyntaxVote vote) {
        String line;
        while ((line = input.readLine()) != null) {
            vote.accept(line);
            if (input.lineNumber() % REPORT_EVERY_LINES == 0) {
                report(input);
                HeaderSyntax leader = vote.winner();
                if (leader != null && vote.evidence(leader).isDecisive()) {
                    return;
                }
            }
        }
    }

    private ReadResult parse(HeaderSyntax syntax, DateOrderDecision decision, List<String> head, TextInput input) {
        Conversation conversation = new Conversation(Network.WHATSAPP, source.chatName(), source.chatName(),
                ConversationKind.DIRECT);
        sink.beginConversation(conversation);
        Assembly assembly = new Assembly(syntax, decision.order(), input.label());
        MessageWriter writer = new MessageWriter(new MessageIdGenerator(Network.WHATSAPP, source.chatName()));
        DateOrderDecision result = decision;
        try (HandOff<Object> handOff = new HandOff<>("trasloco-whatsapp-writer", HAND_OFF_BATCH, HAND_OFF_CAPACITY,
                writer::write)) {
            emissions = handOff;
            long lineNumber = 0;
            for (String line : head) {
                assembly.line(++lineNumber, line);
            }
            String line;
            while ((line = input.readLine()) != null) {
                assembly.line(input.lineNumber(), line);
                if (input.lineNumber() % REPORT_EVERY_LINES == 0) {
                    report(input);
                }
            }
            assembly.finish();
            if (assembly.firstConflictLine > 0) {
                warn(input.label(), assembly.firstConflictLine, ImporterMessages.WHATSAPP_WARN_DATE_ORDER_CONFLICT,
                        assembly.firstConflictLine);
                result = new DateOrderDecision(decision.order(), DateOrderDecision.Basis.CONFLICTING);
            } else if (decision.basis() == DateOrderDecision.Basis.AMBIGUOUS) {
                warn(input.label(), 0, ImporterMessages.WHATSAPP_WARN_DATE_ORDER_AMBIGUOUS);
            }
            handOff.finish();
        } finally {
            emissions = null;
        }
        report(input);
        boolean group = assembly.groupEventSeen || participants.size() > 2;
        language.winner().ifPresent(found -> sink.exportLanguage(conversation, found));
        if (exporter != null) {
            String phone = AuthorNames.phoneOf(exporter);
            sink.owner(new PhoneBookEntry(exporter, phone == null ? List.of() : List.of(phone), null));
        }
        sink.endConversation(conversation.withKind(group ? ConversationKind.GROUP : ConversationKind.DIRECT),
                participants.entrySet().stream()
                        .map(e -> new Participant(e.getKey(), null, AuthorNames.phoneOf(e.getKey()), !e.getValue().nonContact,
                                e.getValue().messages))
                        .toList());
        return new ReadResult("whatsapp-" + syntax.id(), assembly.sequence, warnings, result);
    }

    private void report(TextInput input) {
        cancellation.throwIfCancelled();
        progress.progress(bytesBefore + input.bytesRead(), bytesTotal);
    }

    /** Warnings travel with the messages, so the sink sees them in order, from one thread. */
    private void warn(String file, long line, ImporterMessages key, Object... args) {
        warnings++;
        emissions.submit(new ImportWarning(LocalizedText.of(key, args), file, line));
    }

    /**
     * The second stage: computes ids (they depend on the order of identical messages), builds the
     * messages and hands them, and the warnings, to the sink. Runs on the hand-off's worker thread.
     */
    private final class MessageWriter {
        private final MessageIdGenerator ids;

        MessageWriter(MessageIdGenerator ids) {
            this.ids = ids;
        }

        void write(Object item) {
            if (item instanceof ImportWarning warning) {
                sink.warning(warning);
                return;
            }
            Pending pending = (Pending) item;
            sink.message(pending.message().id(ids.next(pending.time(), pending.author(), pending.text())).build());
        }
    }

    /** A message waiting for its id, with what the id is computed from. */
    private record Pending(Message.Builder message, LocalDateTime time, String author, String text) {
    }

    /** Groups lines into records (a header line and its continuation lines) and emits messages. */
    private final class Assembly {
        private final HeaderLine header;
        private final BodyParser body;
        private final DateOrder order;
        private final String file;
        private long sequence;
        private long firstConflictLine;
        private long firstNulLine;
        private boolean groupEventSeen;
        private long preambleFirst;
        private long preambleLast;
        private String preambleStart;
        private long recordLine;
        private LocalDateTime recordTime;
        private String recordRest;
        private long recordLength;
        private final List<String> recordLines = new ArrayList<>();

        Assembly(HeaderSyntax syntax, DateOrder order, String file) {
            this.header = new HeaderLine(syntax);
            this.body = new BodyParser(markers, syntax);
            this.order = order;
            this.file = file;
        }

        void line(long number, String raw) {
            String line = raw;
            if (line.indexOf('\0') >= 0) {
                // NUL cannot be stored or sent as text; it is shown as a replacement character.
                line = line.replace('\0', '\uFFFD');
                if (firstNulLine == 0) {
                    firstNulLine = number;
                    warn(file, number, ImporterMessages.WHATSAPP_WARN_NUL, number);
                }
            }
            if (header.match(line)) {
                LocalDateTime time = header.timestamp(order);
                if (time == null && order != DateOrder.YMD) {
                    time = header.timestamp(order == DateOrder.DMY ? DateOrder.MDY : DateOrder.DMY);
                    if (time != null && firstConflictLine == 0) {
                        firstConflictLine = number;
                    }
                }
                if (time == null) {
                    warn(file, number, ImporterMessages.WHATSAPP_WARN_IMPOSSIBLE_DATE, number);
                } else if (looksQuoted(time)) {
                    warn(file, number, ImporterMessages.WHATSAPP_WARN_QUOTED_HEADER, number);
                } else {
                    emit();
                    startRecord(number, time, header.rest());
                    return;
                }
            }
            if (recordRest != null) {
                recordLength += line.length() + 1;
                if (recordLength > TextInput.MAX_MESSAGE_LENGTH || recordLines.size() >= TextInput.MAX_MESSAGE_LINES) {
                    throw InputErrors.badInput(ImporterMessages.INPUT_MESSAGE_TOO_LONG, file, recordLine, number,
                            TextInput.MAX_MESSAGE_LENGTH);
                }
                recordLines.add(line);
            } else {
                if (preambleFirst == 0) {
                    preambleFirst = number;
                    preambleStart = line.length() > PREAMBLE_EXCERPT ? line.substring(0, PREAMBLE_EXCERPT) + "…" : line;
                }
                preambleLast = number;
            }
        }

        /** A header dated over a day before the message above it, from someone who has not written yet. */
        private boolean looksQuoted(LocalDateTime time) {
            if (recordTime == null || !time.isBefore(recordTime.minusDays(1))) {
                return false;
            }
            String author = body.authorOf(header.rest());
            return author != null && !authors.contains(author);
        }

        private void startRecord(long number, LocalDateTime time, String rest) {
            if (recordRest == null && preambleFirst > 0) {
                warn(file, preambleFirst, ImporterMessages.WHATSAPP_WARN_PREAMBLE, preambleFirst, preambleLast,
                        preambleStart);
            }
            recordLine = number;
            recordTime = time;
            recordRest = rest;
            recordLength = rest.length();
            recordLines.clear();
        }

        void finish() {
            emit();
        }

        private void emit() {
            if (recordRest == null) {
                return;
            }
            ParsedBody parsed = body.parse(recordRest, recordLines);
            Message.Builder message = Message.builder()
                    .conversationKey(source.chatName())
                    .sequence(sequence++)
                    .timestamp(recordTime)
                    .author(parsed.author())
                    .kind(parsed.kind())
                    .text(parsed.text())
                    .mediaOmitted(parsed.mediaOmitted())
                    .edited(parsed.edited())
                    .sourceLine(recordLine);
            if (parsed.attachment() != null) {
                String location = source.media().locate(parsed.attachment());
                message.attachment(new Attachment(parsed.attachment(), MediaTypes.of(parsed.attachment()),
                        location != null, location));
            }
            emissions.submit(new Pending(message, recordTime, parsed.author(), parsed.text()), parsed.text().length());
            language.accept(parsed.language());
            if (parsed.author() != null) {
                authors.add(parsed.author());
                Tally tally = participants.computeIfAbsent(parsed.author(), name -> new Tally());
                tally.messages++;
                tally.nonContact |= parsed.nonContact();
                if (parsed.byExporter() && exporter == null) {
                    exporter = parsed.author();
                }
            } else if (parsed.kind() == MessageKind.SYSTEM && !groupEventSeen) {
                groupEventSeen = markers.isGroupEvent(parsed.text());
            }
            recordRest = null;
            recordLines.clear();
        }
    }

    /** Messages and non-contact mark of one author. */
    private static final class Tally {
        private long messages;
        private boolean nonContact;
    }
}
